FROM php:8.3-apache
RUN docker-php-ext-install pdo pdo_mysql
COPY --chown=www-data:www-data src/ /var/www/html/
RUN a2enmod rewrite
USER www-data
EXPOSE 80

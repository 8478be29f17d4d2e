FROM wordpress:6.5-php8.3-apache
ARG PLUGINS="akismet jetpack"
RUN set -e; for p in $PLUGINS; do echo "would install $p"; done
COPY --chown=www-data:www-data wp-content/themes/mytheme /var/www/html/wp-content/themes/mytheme
LABEL maintainer="team@example.com" \
      description="WordPress with a custom theme"
USER www-data

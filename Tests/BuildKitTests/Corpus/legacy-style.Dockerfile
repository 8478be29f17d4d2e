FROM ubuntu:22.04
MAINTAINER Example Maintainer <maintainer@example.com>
ENV DEBIAN_FRONTEND noninteractive
RUN apt-get update && apt-get install -y apache2 && rm -rf /var/lib/apt/lists/*
ENV APACHE_RUN_USER www-data
ENV APACHE_RUN_GROUP www-data
EXPOSE 80 443
VOLUME ["/var/www", "/var/log/apache2"]
ENTRYPOINT ["/usr/sbin/apache2ctl"]
CMD ["-D", "FOREGROUND"]

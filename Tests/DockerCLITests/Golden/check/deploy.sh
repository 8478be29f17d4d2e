#!/bin/sh
set -e
docker network create app
docker run -d --name db --network app \
  -e POSTGRES_PASSWORD=secret postgres:16
docker run -d --name web --network app redis:7 -p 6379:6379
docker run -p foo nginx:1.27
docker logs -f wbe
docker $ACTION web
echo "done	tab" | docker run -it alpine:3.20 sh

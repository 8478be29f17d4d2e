from alpine:3.20 as base
run apk add --no-cache bash
workdir /work
copy . .
user nobody
cmd ["bash"]

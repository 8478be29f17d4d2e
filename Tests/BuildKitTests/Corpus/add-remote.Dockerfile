FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/archive/v1.0.0.tar.gz /
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.22.0 /buildkit
ADD git@github.com:moby/buildkit.git#main:docs /docs
ADD --link --chmod=755 https://example.com/bin/tool /usr/local/bin/tool
USER nobody

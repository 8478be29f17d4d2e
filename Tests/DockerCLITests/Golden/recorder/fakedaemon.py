# A fake Engine API on a unix socket that records container-create bodies.
import socketserver, http.server, json, os, sys, threading
SOCK = sys.argv[1]; OUT = sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def _send(self, code, body=b"", ctype="application/json"):
        self.send_response(code)
        self.send_header("Api-Version", "1.50"); self.send_header("Ostype", "linux")
        self.send_header("Docker-Experimental", "false")
        self.send_header("Content-Type", ctype); self.send_header("Content-Length", str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def do_HEAD(self): self._send(200)
    def do_GET(self):
        open("/tmp/gen/paths.log","a").write(self.path+"\n")
        if "/_ping" in self.path: self._send(200, b"OK", "text/plain")
        elif "/containers/" in self.path and self.path.split("?")[0].endswith("/json"):
            self._send(200, json.dumps({"Id": "abc", "Config": {"Tty": False}}).encode())
        elif self.path.endswith("/info"): self._send(200, json.dumps({"OSType": "linux"}).encode())
        else: self._send(404, json.dumps({"message": "not here"}).encode())
    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        if "/containers/create" in self.path:
            with open(OUT, "a") as f:
                f.write(json.dumps({"path": self.path, "body": json.loads(body or b"null")}) + "\n")
            self._send(201, json.dumps({"Id": "0123456789ab", "Warnings": []}).encode())
        else:
            self._send(500, json.dumps({"message": "fake daemon stops here"}).encode())
class S(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
if os.path.exists(SOCK): os.remove(SOCK)
S(SOCK, H).serve_forever()

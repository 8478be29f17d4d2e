import subprocess, json, os, shlex, sys, time
SOCK = "/tmp/gen/fake.sock"; OUT = "/tmp/gen/creates.jsonl"; CWD = "/tmp/gen/cwd"
FILES = {
  "app.env": "# comment\n\nA=1\n  B=two words\nHOSTVAR\nMISSING\nC=\"quoted\"\nD=x=y\n",
  "bom.env": "\ufeffBOM=1\r\nCRLF=2\r\n",
  "bad.env": "A=1\nbad key=2\n",
  "noname.env": "=x\n",
  "labels.txt": "com.example.a=1\n# c\nlonely\ncom.example.b=two\n",
  "seccomp.json": "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"syscalls\": [ ]\n}\n",
}
for name, content in FILES.items():
    with open(os.path.join(CWD, name), "w") as f: f.write(content)
with open(os.path.join(CWD, "badutf8.env"), "wb") as f: f.write(b"A=1\nB=\xff\xfe\n")
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp/gen/home", "DOCKER_HOST": "unix://" + SOCK, "HOSTVAR": "fromhost", "TERM": "dumb"}
os.makedirs("/tmp/gen/home", exist_ok=True)
def capture(command, line):
    if os.path.exists(OUT): os.remove(OUT)
    args = shlex.split(line)
    p = subprocess.run(["/usr/local/bin/docker", command] + args, capture_output=True, text=True, env=ENV, cwd=CWD, stdin=subprocess.DEVNULL)
    body = None; path = None
    if os.path.exists(OUT):
        rec = json.loads(open(OUT).read().splitlines()[0]); body = rec["body"]; path = rec["path"]
    return {"command": command, "args": args, "exitCode": p.returncode, "stderr": p.stderr, "stdout": p.stdout, "path": path, "body": body}
if __name__ == "__main__":
    lines = [l.rstrip("\n") for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
    res = []
    for l in lines:
        cmd, rest = l.split(" ", 1)
        res.append(capture(cmd, rest))
    out = {"note": "Captured from the docker 28.2.2 client (/usr/local/bin/docker) against a fake daemon that records POST /containers/create; cwd /tmp/gen/cwd, env HOSTVAR=fromhost.", "files": dict(FILES, **{"badutf8.env": None}), "cases": res}
    json.dump(out, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
    for r in res:
        print(r["exitCode"], r["command"], " ".join(r["args"])[:60], "|", (r["stderr"].split("\n")[0] if r["stderr"] else ("BODY" if r["body"] else "")))

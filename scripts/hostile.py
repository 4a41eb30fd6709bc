#!/usr/bin/env python3
"""Hostile and awkward requests against a running cyberhelp server (issue 14). Python standard library only.

Sends at least --min requests (default 2000) over every endpoint: invalid UTF-8 and NUL bytes in paths,
queries and bodies, huge parameters and headers, cross-site form posts and API posts without JSON, forged
and out-of-range delivery signatures and timestamps, odd and invalid methods, path traversal and encoding
tricks, malformed JSON and form bodies, markup in every reflected parameter. Each request uses its own
connection (raw sockets, so bytes go out exactly as written).

Counts the status codes and flags:
  - any 5xx answer;
  - reflected markup: an injected `<script>hostile14`, `<img src=x onerror=hostile14` or
    `<svg onload=hostile14` coming back unescaped in a text/html answer;
  - a server crash or hang: refused connections, timeouts, or /healthz failing (checked every 100 requests
    and at the end; with --pid also whether the process is alive).
Exit status 1 when anything was flagged.

Each request carries a random X-Forwarded-For address: against a server that trusts proxy headers from the
client's address (CYBERHELP_TRUST_PROXY_HEADERS=true, CYBERHELP_TRUSTED_PROXIES=127.0.0.1/32) the per-client
rate limits then see many clients and more requests reach the handlers; otherwise many answers are 429.

Usage: scripts/hostile.py [--base http://127.0.0.1:3000] [--pid PID] [--min 2000] [--threads 8] [--seed 14]
"""

import argparse
import collections
import concurrent.futures
import json
import os
import random
import socket
import sys
import threading
import time
import urllib.parse

MARK = "hostile14"
PAYLOADS = [
    f"<script>{MARK}()</script>",
    f'"><img src=x onerror={MARK}>',
    f"</title><script>{MARK}</script>",
    f"'><svg onload={MARK}>",
    f"javascript:{MARK}()",
    f"</textarea><script>{MARK}</script>",
]
REFLECTED = [b"<script>" + MARK.encode(), b"<img src=x onerror=" + MARK.encode(), b"<svg onload=" + MARK.encode()]
LANGS = ["en", "de", "fr", "el", "bg", "ga", "mt", "EN", "xx", "en-GB", "zz-ZZ", "..", "%00"]
BAD_BYTES = [b"%ff", b"%fe%ff", b"%c0%af", b"%ed%a0%80", b"%00", b"%f4%90%80%80", b"%e2%80%ae", b"\xff", b"\xc3\x28"]
GET_PATHS = [
    "/", "/healthz", "/metrics", "/en", "/en/", "/en/embed/help", "/en/advice", "/en/advice/phishing",
    "/en/bulletins", "/en/bulletins/x", "/en/report", "/en/report/receipt", "/en/report/status", "/en/search",
    "/en/contacts", "/en/contacts/BE", "/en/help", "/en/bulletins/feed.atom", "/en/bulletins/feed.json",
    "/api/v1/advice", "/api/v1/bulletins", "/api/v1/search", "/api/v1/triage", "/api/v1/reports/ABCD-EFGH-JK",
    "/api/v1/route", "/api/v1/contact-points", "/delivery/ack/1", "/pkg/cyberhelp.css", "/favicon.svg",
]
SERVER_FNS = [
    "content/home", "content/advice", "content/article", "content/bulletins", "content/bulletin", "search/page",
    "search/suggest", "contacts/list", "contacts/country", "help/step", "report/form", "report/status",
]
PARAMS = ["q", "lang", "ref", "token", "sig", "country", "victim", "incident", "limit", "offset", "kind", "step",
          "node", "audience", "region", "sector", "money_lost", "a"]


def enc(s):
    return urllib.parse.quote(s, safe="")


class Req:
    __slots__ = ("kind", "method", "target", "headers", "body")

    def __init__(self, kind, method, target, headers=(), body=b""):
        self.kind = kind
        self.method = method if isinstance(method, bytes) else method.encode()
        self.target = target if isinstance(target, bytes) else target.encode("utf-8", "surrogateescape")
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("utf-8", "surrogateescape")


def build(rnd):
    """All requests, by category."""
    out = []
    form = [("Content-Type", "application/x-www-form-urlencoded")]
    js = [("Content-Type", "application/json")]
    evil = [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site")]

    # 1. invalid UTF-8 and NUL in paths, queries, bodies
    for p in GET_PATHS:
        for b in BAD_BYTES:
            out.append(Req("bad-utf8", "GET", p.encode() + b"?q=" + b + b"&lang=" + b))
        out.append(Req("bad-utf8", "GET", p.encode() + b"/" + rnd.choice(BAD_BYTES)))
    for b in BAD_BYTES:
        out.append(Req("bad-utf8", "POST", "/en/report", form, b"description=" + b + b"&country=BE&action=send"))
        out.append(Req("bad-utf8", "POST", "/api/v1/reports", js, b'{"description":"' + b.replace(b"%", b"\\x") + b'"}'))
        out.append(Req("bad-utf8", "POST", "/en/help/feedback", form, b"node=start&text=" + b))
        for fn in SERVER_FNS:
            out.append(Req("bad-utf8", "POST", "/api/" + fn, form, b"lang=" + b + b"&q=" + b))

    # 2. huge parameters, many parameters, long paths, huge headers
    for p in GET_PATHS:
        for n in (2_000, 20_000, 200_000):
            out.append(Req("huge", "GET", f"{p}?q={'a' * n}"))
        out.append(Req("huge", "GET", p + "?" + "&".join(f"x{i}={i}" for i in range(2000))))
        out.append(Req("huge", "GET", p, [("Cookie", "c=" + "x" * 70_000)]))
    for n in (1, 5_000, 70_000, 600_000, 3_000_000):
        out.append(Req("huge", "POST", "/en/report", form, "country=BE&victim=citizen&description=" + "b" * n))
        out.append(Req("huge", "POST", "/api/v1/reports", js, json.dumps({"description": "j" * n})))
    out.append(Req("huge", "GET", "/en/advice/" + "x" * 100_000))
    out.append(Req("huge", "GET", "/api/v1/search?q=" + "+".join("w" * 12 for _ in range(2_000))))
    out.append(Req("huge", "POST", "/api/v1/reports", js, "[" * 100_000 + "]" * 100_000))
    out.append(Req("huge", "POST", "/api/v1/reports", js, '{"amount": 1' + "0" * 10_000 + "}"))

    # 3. cross-site posts and non-JSON API posts
    for lang in ("en", "de", "fr"):
        for h in (evil, [("Origin", "https://evil.example")], [("Origin", "null")], [("Sec-Fetch-Site", "same-site")],
                  [("Origin", "http://127.0.0.1.evil.example")]):
            body = f"form_key=crosssite{rnd.getrandbits(48):012x}&country=AT&victim=citizen&incident=online-fraud" \
                   "&description=cross+site+attempt&action=send"
            out.append(Req("cross-site", "POST", f"/{lang}/report", form + h, body))
            out.append(Req("cross-site", "POST", f"/{lang}/help/feedback", form + h, "node=start&text=hi"))
            for fn in SERVER_FNS:
                out.append(Req("cross-site", "POST", "/api/" + fn, form + h, f"lang={lang}"))
    for ct in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonx",
               "application/json-patch+json", "text/json"):
        h = [("Content-Type", ct)] if ct else []
        body = json.dumps({"country": "FI", "victim": "business", "incident": "data-breach",
                           "description": "cross site", "form_key": f"ct-{rnd.getrandbits(48):012x}"})
        out.append(Req("cross-site", "POST", "/api/v1/reports", h + evil, body))
        out.append(Req("cross-site", "POST", "/api/v1/reports", h, body))

    # 4. forged signatures and out-of-range timestamps
    stamps = ["0", "-1", str(-2**63), str(2**63 - 1), str(-2**63 + int(time.time())), str(int(time.time())),
              str(int(time.time()) + 10**9), "1e10", "abc", "", " 1", "٣"]
    for job in ("1", "0", "-1", "999999999999", "abc", "1%00", "..", "1;2"):
        for ts in stamps:
            sig = rnd.choice(["v1=" + "0" * 64, "v1=" + os.urandom(32).hex(), "v2=x", "", "v1=", "v1=zz",
                              "v1=" + "a" * 10_000])
            out.append(Req("forged-sig", "POST", f"/api/v1/deliveries/{job}/ack",
                           js + [("X-Cyberhelp-Timestamp", ts), ("X-Cyberhelp-Signature", sig)], '{"ok":true}'))
        for sig in ("", "x", "0" * 64, os.urandom(32).hex(), PAYLOADS[0], "%ff"):
            out.append(Req("forged-sig", "GET", f"/delivery/ack/{job}?sig={enc(sig)}&lang=en"))
            out.append(Req("forged-sig", "POST", f"/delivery/ack/{job}", form, f"sig={enc(sig)}&lang=de"))
    for ref in ("ABCD-EFGH-JK", "abcd efgh jk", "../../etc", PAYLOADS[1], "A" * 5000):
        for tok in ("", "0" * 32, os.urandom(16).hex(), PAYLOADS[0]):
            out.append(Req("forged-sig", "GET", f"/api/v1/reports/{enc(ref)}?token={enc(tok)}"))
            out.append(Req("forged-sig", "GET", f"/en/report/status?ref={enc(ref)}&token={enc(tok)}"))
            out.append(Req("forged-sig", "GET", f"/en/report/receipt?ref={enc(ref)}&token={enc(tok)}"))

    # 5. odd methods
    for p in GET_PATHS + ["/en/report", "/api/v1/reports", "/api/v1/deliveries/1/ack", "/api/content/home"]:
        for m in ("PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "HEAD", "PROPFIND", "FOO", "get", "G\x00T", "CONNECT"):
            out.append(Req("method", m, p if m != "CONNECT" else "127.0.0.1:443"))
        out.append(Req("method", "POST", p, form, "a=b"))

    # 6. path tricks
    tricks = ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/pkg/../Cargo.toml", "/pkg/..%2fCargo.toml",
              "/pkg/%2e%2e/%2e%2e/Cargo.toml", "//en//report", "/en/advice/..%2f..%2fCargo.toml", "/en/advice/%2e%2e",
              "/en\\advice", "/en/advice/phishing;jsessionid=1", "/en/advice/phishing.", "/en/advice/phishing/",
              "/EN/advice/phishing", "/En/Report", "/en/%252e%252e/", "/en/advice/%00", "/./en/./report",
              "/en/report/receipt/../status", "/api/v1/../../Cargo.toml", "/api//v1//search?q=a", "/%65n/", "*",
              "http://evil.example/en/", "/en/contacts/../../../etc/passwd", "/en/contacts/be", "/en/contacts/EU",
              "/.git/config", "/.env", "/data/cyberhelp.sqlite3", "/content/advice", "/en/bulletins/feed.atom/..",
              "/en/embed/help?step=" + enc(PAYLOADS[2]), "/" + "a/" * 2000, "/en/help?" + "&".join(["a=1"] * 500)]
    for t in tricks:
        for m in ("GET", "HEAD"):
            out.append(Req("path", m, t))

    # 7. markup in every reflected parameter, on every GET endpoint and language
    for p in GET_PATHS:
        for payload in PAYLOADS:
            qs = "&".join(f"{k}={enc(payload)}" for k in rnd.sample(PARAMS, 6))
            out.append(Req("markup", "GET", f"{p}?{qs}"))
    for lang in LANGS:
        for payload in PAYLOADS[:3]:
            out.append(Req("markup", "GET", f"/{lang}/search?q={enc(payload)}"))
            out.append(Req("markup", "GET", f"/{lang}/advice/{enc(payload)}"))
            out.append(Req("markup", "GET", f"/{lang}/contacts/{enc(payload)}"))
            out.append(Req("markup", "GET", f"/{lang}/report?incident={enc(payload)}&country={enc(payload)}"))
            out.append(Req("markup", "GET", f"/{lang}/help?at={enc(payload)}&step={enc(payload)}"))
    for payload in PAYLOADS:
        body = "&".join(f"{k}={enc(payload)}" for k in ("country", "victim", "incident", "description", "amount",
                                                       "currency", "contact_email", "contact_phone", "aware_at",
                                                       "region", "sector", "role", "payment", "consent", "form_key"))
        out.append(Req("markup", "POST", "/en/report", form, body + "&action=preview"))
        out.append(Req("markup", "POST", "/en/help/feedback", form, f"node={enc(payload)}&text={enc(payload)}"))
        out.append(Req("markup", "POST", "/api/search/page", form, f"lang=en&q={enc(payload)}"))

    # 8. malformed bodies, headers and framing
    bodies = ["", "{", "null", "[]", '{"country": 1}', '{"consent": "x"}', '{"description": null}', '{"a":' * 500,
              '{"form_key": "' + "k" * 200 + '"}', '{"contact_phone": "٠١٢٣٤٥٦٧٨٩"}', '{"aware_at": "9999-99-99"}',
              '{"amount": "-1e308"}', '{"description": "\\u0000"}', '{"description": "\\ud800"}', "\ufeff{}"]
    for b in bodies:
        out.append(Req("malformed", "POST", "/api/v1/reports", js, b))
        out.append(Req("malformed", "POST", "/en/report", form, b))
    for fb in ("consent=a&consent=b&" * 500, "=&=&&==", "%", "%%%%", "a=%zz", "description=" + "%E2%80%AE" * 3000,
               "website=spam&country=BE", "action=send&action=preview", "aware_at=0000-00-00T99:99",
               "amount=1e999&money_lost=maybe", "started_at=" + "9" * 1000):
        out.append(Req("malformed", "POST", "/en/report", form, fb))
    for h in ([("Host", "")], [("Host", "evil.example")], [("Host", "a" * 10_000)], [("X-Forwarded-For", "x" * 5000)],
              [("X-Forwarded-For", ", , ,")], [("Forwarded", "for=\"[::1]\";proto=javascript")],
              [("Accept-Language", "x" * 10_000)], [("Accept-Language", "*;q=NaN, de;q=-1")],
              [("Accept-Encoding", "br;q=2, gzip;q=1e9")], [("Range", "bytes=-1,0-99999999999999999999")],
              [("If-None-Match", "*" * 5000)], [("Authorization", "Bearer " + "x" * 5000)],
              [("Authorization", "Bearer ")], [("Content-Length", "-1")], [("Transfer-Encoding", "chunked, identity")],
              [("X-Bad", "a\x01b")], [("Cookie", PAYLOADS[0])], [("Sec-Fetch-Site", PAYLOADS[0])]):
        for p in ("/en/", "/healthz", "/metrics", "/api/v1/search?q=a", "/pkg/cyberhelp.css"):
            out.append(Req("headers", "GET", p, h))
    # a chunked body with a bad chunk size, and a Content-Length smaller than the body
    out.append(Req("framing", "POST", "/api/v1/reports", js + [("Transfer-Encoding", "chunked")], "zz\r\n{}\r\n0\r\n\r\n"))
    out.append(Req("framing", "POST", "/api/v1/reports", js + [("Content-Length", "2")], '{}{"extra":1}'))
    rnd.shuffle(out)
    return out


def send(host, port, req, rnd, timeout=20.0):
    head = [req.method + b" " + req.target + b" HTTP/1.1", f"Host: {host}:{port}".encode()]
    names = {k.lower() for k, _ in req.headers}
    if "host" in names:
        head = head[:1]
    head.append(f"X-Forwarded-For: 10.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}".encode())
    head.append(b"Connection: close")
    for k, v in req.headers:
        head.append(k.encode() + b": " + v.encode("utf-8", "surrogateescape"))
    if req.body and "content-length" not in names and "transfer-encoding" not in names:
        head.append(f"Content-Length: {len(req.body)}".encode())
    data = b"\r\n".join(head) + b"\r\n\r\n" + req.body
    t = time.monotonic()
    with socket.create_connection((host, port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer (413, 431) and close before reading everything
        chunks = []
        while True:
            try:
                c = s.recv(65536)
            except ConnectionResetError:
                break
            if not c:
                break
            chunks.append(c)
            if sum(map(len, chunks)) > 8_000_000:
                break
    resp = b"".join(chunks)
    return resp, time.monotonic() - t


def status_of(resp):
    if not resp:
        return "closed"
    line = resp.split(b"\r\n", 1)[0]
    parts = line.split(b" ")
    return parts[1].decode(errors="replace") if len(parts) > 1 and line.startswith(b"HTTP/") else "garbage"


def healthy(host, port):
    try:
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:3000")
    ap.add_argument("--pid", type=int, help="server process id, to check that it is still alive")
    ap.add_argument("--min", type=int, default=2000, help="least number of requests (the list repeats)")
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    u = urllib.parse.urlsplit(a.base)
    host, port = u.hostname, u.port or 80
    rnd = random.Random(a.seed)
    reqs = build(rnd)
    while len(reqs) < a.min:
        reqs += build(rnd)
    if not healthy(host, port):
        sys.exit(f"no healthy server at {a.base}")

    lock = threading.Lock()
    counts = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    flags = []
    slowest = [0.0]
    done = [0]

    def run(req):
        r = random.Random(rnd.random())
        try:
            resp, took = send(host, port, req, r)
            st = status_of(resp)
        except socket.timeout:
            st, resp, took = "timeout", b"", 20.0
        except ConnectionRefusedError:
            st, resp, took = "refused", b"", 0.0
        except OSError as e:
            st, resp, took = f"oserror:{e.__class__.__name__}", b"", 0.0
        head, _, body = resp.partition(b"\r\n\r\n")
        html = b"text/html" in head.lower() or b"content-type" not in head.lower()
        problems = []
        if st.startswith("5"):
            problems.append(f"5xx ({st})")
        if html and any(m in body.lower() for m in REFLECTED):
            problems.append("reflected markup")
        if st in ("timeout", "refused", "garbage"):
            problems.append(st)
        with lock:
            counts[st] += 1
            by_kind[req.kind][st] += 1
            slowest[0] = max(slowest[0], took)
            for p in problems:
                flags.append(f"{p}: {req.method.decode(errors='replace')} {req.target[:160]!r} [{req.kind}]")
            done[0] += 1
            check = done[0] % 100 == 0
        if check and not healthy(host, port):
            with lock:
                flags.append(f"/healthz failed after {done[0]} requests")

    t = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(a.threads) as ex:
        list(ex.map(run, reqs))
    took = time.monotonic() - t
    alive = healthy(host, port)
    if a.pid is not None:
        try:
            os.kill(a.pid, 0)
        except OSError:
            alive = False
    if not alive:
        flags.append("SERVER CRASHED OR UNHEALTHY at the end")

    total = sum(counts.values())
    print(f"{total} requests in {took:.1f}s, slowest {slowest[0]:.2f}s")
    print("status codes:", ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    for kind in sorted(by_kind):
        print(f"  {kind:11} " + ", ".join(f"{k}: {v}" for k, v in sorted(by_kind[kind].items())))
    five = sum(v for k, v in counts.items() if k.startswith("5"))
    refl = sum(1 for f in flags if f.startswith("reflected"))
    print(f"5xx: {five}; reflected markup: {refl}; server alive at the end: {'yes' if alive else 'NO'}")
    for f in flags[:50]:
        print("FLAG", f)
    if len(flags) > 50:
        print(f"... and {len(flags) - 50} more flags")
    sys.exit(1 if flags else 0)


if __name__ == "__main__":
    main()

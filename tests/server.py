#!/usr/bin/env python3
"""server.py — the loopback HTTP server the fetch tests talk to.

    python3 tests/server.py PORTFILE [CERT KEY]
    python3 tests/server.py --ports N PORTFILE

Listens on 127.0.0.1 on a free port, writes the port to PORTFILE, and
serves until killed. With --ports, listens on N ports (PORTFILE gets them
all, one a line): to a client each port is another host. With a certificate and key it also serves HTTPS on a
second port (written to PORTFILE.tls), with a certificate no client trusts. Every page it serves is made here; nothing leaves the
machine. Routes are listed in Handler.do_GET.
"""
import gzip
import http.server
import sys
import threading
import time
import urllib.parse
import zlib

TEXTS = {
    # language: (title, a paragraph long enough to be an article)
    "en": ("Harbour plan approved",
           "The harbour board approved the plan on Monday after a long debate, and the first "
           "ships are expected to use the new quay next spring, officials said. Residents who "
           "had opposed the plan, citing noise and traffic, said they would keep watching."),
    "ru": ("Совет одобрил план гавани",
           "Совет гавани в понедельник после долгих споров одобрил план, и первые суда, по "
           "словам чиновников, смогут пользоваться новым причалом следующей весной. Жители, "
           "выступавшие против плана из-за шума и движения, сказали, что будут следить."),
    "de": ("Hafenplan genehmigt",
           "Der Hafenrat hat den Plan am Montag nach langer Debatte genehmigt, und die ersten "
           "Schiffe sollen den neuen Kai im nächsten Frühjahr nutzen, sagten Beamte. Anwohner, "
           "die wegen Lärm und Verkehr dagegen waren, wollen die Sache weiter beobachten."),
    "cs": ("Plán přístavu schválen",
           "Rada přístavu v pondělí po dlouhé debatě schválila plán a první lodě by podle "
           "úředníků měly nové nábřeží využívat příští jaro. Obyvatelé, kteří se plánu bránili "
           "kvůli hluku a dopravě, řekli, že budou situaci dále sledovat. Ďábelské úžasné."),
    "ja": ("港の計画が承認された",
           "港湾委員会は月曜日、長い議論の末に計画を承認し、来年の春には最初の船が新しい岸壁を"
           "使う見込みだと当局者は述べた。騒音や交通を理由に計画に反対していた住民は、今後も"
           "見守り続けると話した。住民の一人は、説明会をもっと開いてほしいと語った。"),
    "zh": ("港口计划获批",
           "港口委员会星期一经过长时间辩论后批准了该计划，官员说，第一批船只预计明年春天使用"
           "新码头。以噪音和交通为由反对该计划的居民说，他们将继续关注此事。一位居民表示，"
           "希望政府能够举行更多的说明会，听取附近居民的意见和建议。"),
    "zh-hant": ("港口計畫獲批",
                "港口委員會星期一經過長時間辯論後批准了該計畫，官員說，第一批船隻預計明年春天使用"
                "新碼頭。以噪音和交通為由反對該計畫的居民說，他們將繼續關注此事。一位居民表示，"
                "希望政府能夠舉行更多的說明會，聽取附近居民的意見和建議。"),
    "ko": ("항구 계획 승인",
           "항만 위원회는 월요일 긴 토론 끝에 계획을 승인했으며, 관계자들은 내년 봄에 첫 배들이 "
           "새 부두를 이용할 것으로 예상한다고 말했다. 소음과 교통 문제로 계획에 반대했던 주민들은 "
           "앞으로도 계속 지켜보겠다고 말했다. 한 주민은 설명회를 더 열어 달라고 요청했다."),
}

# label as lede should understand it -> (Python codec, language)
CHARSETS = {
    "windows-1251": ("cp1251", "ru"), "koi8-r": ("koi8_r", "ru"),
    "iso-8859-1": ("latin_1", "de"), "iso-8859-2": ("iso8859_2", "cs"),
    "shift_jis": ("shift_jis", "ja"), "euc-jp": ("euc_jp", "ja"),
    "gbk": ("gbk", "zh"), "gb18030": ("gb18030", "zh"), "big5": ("big5", "zh-hant"),
    "euc-kr": ("euc_kr", "ko"), "utf-16le": ("utf-16-le", "ru"), "utf-16be": ("utf-16-be", "ru"),
    "utf-8": ("utf-8", "ru"),
}


def page(lang="en", title=None, meta="", extra=""):
    t, p = TEXTS[lang]
    title = title or t
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{p}</p><p>{p} "
            f"<a href='more/story.html'>More</a></p>"
            f"{extra}</article></body></html>")


BOMB = gzip.compress(b"\0" * (64 << 20), compresslevel=9)   # 64 MiB of zeros

# how many requests for /article were being answered at once, at most
busy_lock = threading.Lock()
busy = {"now": 0, "max": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # answer at once: without this, a body written after its headers
        # waits for the client's delayed acknowledgement (40 ms)
        import socket
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", headers=()):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def chunked(self, parts, ctype="text/html; charset=utf-8", delay=0.0):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in parts:
            if delay:
                time.sleep(delay)
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        parts = url.path.strip("/").split("/")
        route = parts[0]
        if route == "article":
            with busy_lock:
                busy["now"] += 1
                busy["max"] = max(busy["max"], busy["now"])
        try:
            if "delay" in q:
                time.sleep(int(q["delay"]) / 1000.0)
            self.route(url, q, parts, route)
        finally:
            if route == "article":
                with busy_lock:
                    busy["now"] -= 1

    def route(self, url, q, parts, route):
        try:
            if route == "article":                      # /article[/N]
                n = parts[1] if len(parts) > 1 else ""
                title = f"Article {n} of the day" if n else None
                self.send(200, page("en", title))
            elif route == "redirect":                   # /redirect/K: a chain of K
                k = int(parts[1])
                self.redirect("/article" if k <= 0 else f"/redirect/{k - 1}")
            elif route == "loop":
                self.redirect("/loop")
            elif route == "to-file":
                self.redirect("file:///etc/passwd")
            elif route == "to-ftp":
                self.redirect("ftp://127.0.0.1/x")
            elif route == "to-ip":                      # /to-ip/N?then=MS: to 127.0.0.1's /article/N
                port = self.server.server_address[1]
                self.redirect(f"http://127.0.0.1:{port}/article/{parts[1]}?delay={q.get('then', '0')}")
            elif route == "to-https":
                self.redirect(self.server.tls_url + "/article")
            elif route == "gzip":
                body = gzip.compress(page("en").encode())
                self.send(200, body, headers=[("Content-Encoding", "gzip")])
            elif route == "deflate":
                body = zlib.compress(page("en").encode())
                self.send(200, body, headers=[("Content-Encoding", "deflate")])
            elif route == "chunked":
                body = page("en").encode()
                self.chunked([body[i:i + 100] for i in range(0, len(body), 100)])
            elif route == "charset":
                # /charset/LABEL?header=0|1&bom=1&meta=none|http-equiv&say=OTHER:
                # LABEL in the header or a <meta charset> (or an http-equiv
                # <meta>, or nowhere); with say, the header names OTHER
                label = parts[1]
                codec, lang = CHARSETS[label]
                meta = "" if q.get("header") == "1" else f"<meta charset='{label}'>"
                if q.get("meta") == "none":
                    meta = ""
                elif q.get("meta") == "http-equiv":
                    meta = f"<meta http-equiv='Content-Type' content='text/html; charset={label}'>"
                body = page(lang, meta=meta).encode(codec)
                if q.get("bom") == "1":
                    body = ("\ufeff").encode(codec) + body
                ctype = f"text/html; charset={label}" if q.get("header") == "1" else "text/html"
                if "say" in q:
                    ctype = f"text/html; charset={q['say']}"
                self.send(200, body, ctype)
            elif route == "mislabelled":                # UTF-8 said to be Latin-1
                self.send(200, page("ru"), "text/html; charset=iso-8859-1")
            elif route == "status":
                code = int(parts[1])
                self.send(code, f"<html><body><h1>Error {code}</h1></body></html>")
            elif route == "drip":                       # a byte a second
                self.chunked([b"<"] * 120, delay=1.0)
            elif route == "big":                        # 2 MiB, with or without a length
                body = page("en", extra="<p>" + "x" * (2 << 20) + "</p>").encode()
                if q.get("length") == "0":
                    self.chunked([body[i:i + 65536] for i in range(0, len(body), 65536)])
                else:
                    self.send(200, body)
            elif route == "bomb":
                self.send(200, BOMB, headers=[("Content-Encoding", "gzip")])
            elif route == "pdf":
                self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
            elif route == "json":
                self.send(200, '{"a": 1}', "application/json")
            elif route == "image":
                self.send(200, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png")
            elif route == "cookie":                     # set a cookie, then require it
                self.send_response(302)
                self.send_header("Set-Cookie", "session=yes; Path=/")
                self.send_header("Location", "/cookie-check")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif route == "cookie-check":
                if "session=yes" in (self.headers.get("Cookie") or ""):
                    self.send(200, page("en", "Cookie kept"))
                else:
                    self.send(403, "<html><body>no cookie</body></html>")
            elif route == "busy":                        # most /article requests at once
                with busy_lock:
                    most = busy["max"]
                    busy["max"] = 0
                self.send(200, page("en", f"Busy {most}"))
            elif route == "ua":                          # the User-Agent, as the title
                ua = (self.headers.get("User-Agent") or "none").replace("<", "")
                self.send(200, page("en", f"Agent {ua}"))
            else:
                self.send(404, "<html><body>Not here</body></html>")
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    tls_url = ""

    def handle_error(self, request, client_address):
        pass            # clients that hang up (on purpose) are no news


def write_port(path, port):
    import os
    with open(path + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(path + ".tmp", path)


def main():
    if sys.argv[1] == "--ports":
        servers = [Server(("127.0.0.1", 0), Handler) for _ in range(int(sys.argv[2]))]
        for srv in servers[1:]:
            threading.Thread(target=srv.serve_forever, daemon=True).start()
        write_port(sys.argv[3], "\n".join(str(srv.server_address[1]) for srv in servers))
        servers[0].serve_forever()
        return
    server = Server(("127.0.0.1", 0), Handler)
    if len(sys.argv) > 3:
        import ssl
        tls = Server(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[2], sys.argv[3])
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        server.tls_url = "https://127.0.0.1:%d" % tls.server_address[1]
        threading.Thread(target=tls.serve_forever, daemon=True).start()
        write_port(sys.argv[1] + ".tls", tls.server_address[1])
    write_port(sys.argv[1], server.server_address[1])
    server.serve_forever()


if __name__ == "__main__":
    main()

"""Page weight: the HTML of a page plus every stylesheet, script, image and font it loads (and fonts/images
its stylesheets load), uncompressed and gzipped, fetched as an anonymous reader. Usage: weigh.py BASE path..."""
import gzip, re, sys, urllib.request, urllib.parse
base = sys.argv[1]
sent = [0]
def fetch(url):
    # what the server sends when the browser accepts gzip, and the body itself
    with urllib.request.urlopen(urllib.request.Request(url, headers={'Accept-Encoding': 'gzip'})) as r:
        raw = r.read()
        sent[0] += len(raw)
        return gzip.decompress(raw) if r.headers.get('Content-Encoding') == 'gzip' else raw
for path in sys.argv[2:]:
    url = base + path
    sent[0] = 0
    html = fetch(url)
    seen, total, zipped = set(), len(html), len(gzip.compress(html))
    refs = re.findall(rb'<(?:link[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"', html)
    queue = [urllib.parse.urljoin(url, r.decode().replace('&amp;', '&')) for r in refs]
    kinds = {}
    while queue:
        u = queue.pop()
        if u in seen or not u.startswith(base.split('/consulta')[0] if '/consulta' in base else base):
            continue
        seen.add(u)
        try:
            body = fetch(u)
        except Exception as e:
            continue
        total += len(body); zipped += len(gzip.compress(body))
        ext = re.sub(r'^.*?\.(\w+)(\.xhtml)?(\?.*)?$', r'\1', u.split('#')[0].split('/')[-1])
        kinds[ext] = kinds.get(ext, 0) + len(body)
        if '.css' in u:
            for r in re.findall(rb'url\(["\']?([^"\')]+)["\']?\)', body):
                r = r.decode()
                # a browser fetches one format of a font: count woff2 only
                if not r.startswith('data:') and not re.search(r'\.(eot|ttf|svg|woff)(\.xhtml)?([?#].*)?$', r):
                    queue.append(urllib.parse.urljoin(u, r))
    print(f"{path:45s} html {len(html)/1024:6.1f} KiB  all {total/1024:7.1f} KiB  gzip {zipped/1024:6.1f} KiB  sent {sent[0]/1024:6.1f} KiB  files {len(seen)+1:2d}  {dict((k, round(v/1024,1)) for k,v in sorted(kinds.items()))}")

import json, re, subprocess, zipfile, html, sys, os
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
truth = json.load(open('truth.json'))
def text_of(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True).stdout
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode()
        x = re.sub(r'<w:br/>|</w:p>|</w:tc>', '\n', x); return html.unescape(re.sub(r'<[^>]+>', '', x))
    x = open(p, encoding='utf-8').read()
    if p.endswith('.html'):
        x = re.sub(r'<br>|</p>|</td>|</h\d>', '\n', x); x = html.unescape(re.sub(r'<[^>]+>', '', x))
    return x
def norm(s):
    s = s.replace('\u2019', "'").replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip().lower()
bad = 0
for L in truth:
    t = norm(text_of(L['file']))
    probs = []
    if norm(L['reference']) not in t: probs.append('ref')
    for q in L['questions']:
        if norm(q['text'])[:60] not in t: probs.append('q ' + q['id'])
    if probs:
        bad += 1; print(L['file'], probs)
print('checked', len(truth), 'bad', bad)

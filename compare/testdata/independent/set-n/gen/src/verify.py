import sys, os, re, subprocess, zipfile, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from letters import HISTORY, DRAFTS
from render import answer_text
from letters import AUTHORITIES
def text_of(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext']+([] if os.environ.get('RAW') else ['-layout'])+[p,'-'],capture_output=True,text=True).stdout
    if p.endswith('.docx'):
        x=zipfile.ZipFile(p).read('word/document.xml').decode()
        x=re.sub(r'<w:br/>',' ',x); x=re.sub(r'</w:p>','\n',x); return html.unescape(re.sub(r'<[^>]+>','',x))
    t=open(p).read()
    if p.endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>',' ',t))
    if p.endswith('.md'): t=t.replace('\\.','.').replace('**','')
    return t
def norm(s): return re.sub(r'\s+',' ',s.replace('−','-')).strip()
bad=0
for L in HISTORY+DRAFTS:
    p=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),'drafts' if L.is_draft else 'history',L.fname)
    t=norm(text_of(p))
    miss=[]
    if L.ref not in t: miss.append('REF')
    if AUTHORITIES[L.auth]['name'] not in t: miss.append('AUTH')
    for q in L.questions():
        if norm(q.text) not in t: miss.append(q.qid+' text')
        a=norm(answer_text(q,L,AUTHORITIES[L.auth]))
        if a and a[:60] not in t: miss.append(q.qid+' ans')
    if miss: bad+=1; print(L.fname, miss)
print('checked', len(HISTORY+DRAFTS), 'bad', bad)

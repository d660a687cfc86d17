#!/usr/bin/env python3
"""Writes numbered-review.docx by hand, part by part, to exercise what
LibreOffice does not write: numbering levels with %1.%2 texts, a list
instance restarted by w:lvlOverride/w:startOverride, a style carrying
numbering, tracked insertions and deletions, complex and simple fields,
a text box with its VML fallback, hidden text, symbols and special
hyphens, nested and merged table cells and an explicit page break.

Run it from this directory: python3 make-ooxml.py
"""

import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:v="urn:schemas-microsoft-com:vml"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' mc:Ignorable="wps"')


def run(text, preserve=True):
    sp = ' xml:space="preserve"' if preserve else ''
    return f'<w:r><w:t{sp}>{text}</w:t></w:r>'


def para(*runs, num=None, style=None, extra=''):
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        numid, ilvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'
    ppr += extra
    return f'<w:p><w:pPr>{ppr}<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>{"".join(runs)}</w:p>'


def cell(*paras, props=''):
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>{props}</w:tcPr>{"".join(paras)}</w:tc>'


def row(*cells):
    return f'<w:tr>{"".join(cells)}</w:tr>'


def table(*rows):
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
            f'{"".join(rows)}</w:tbl>')


textbox = (
    '<w:r><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    '<wps:wsp><wps:txbx><w:txbxContent>'
    + para(run('Text box: Reference FOI 2024/0456'))
    + '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
    + para(run('Text box: Reference FOI 2024/0456'))
    + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>')

body = ''.join([
    para(run('Internal review of FOI 2024/0456'), textbox),
    para(run('Dear Requester,')),
    para(run('The request was received on '),
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
         '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>',
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
         run('3 June 2024'),
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
         run('. You asked:')),
    # list 1: decimal, with a lettered second level "1(a)" style texts
    para(run('Incumbent supplier.'), num=(1, 0)),
    para(run('Contract value, broken down by:'), num=(1, 0)),
    para(run('annual spend;'), num=(1, 1)),
    para(run('extensions.'), num=(1, 1)),
    para(run('Contract expiry date.'), num=(1, 0)),
    # the same definition through another instance that restarts it
    para(run('Our response:')),
    para(run('The supplier is '), '<w:ins w:id="1" w:author="x"><w:r><w:t>Example Networks Ltd</w:t></w:r></w:ins>',
         '<w:del w:id="2" w:author="x"><w:r><w:delText>Old Supplier plc</w:delText></w:r></w:del>', run('.'), num=(2, 0)),
    para(run('Withheld under section 43(2)'),
         '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN DRAFTING NOTE</w:t></w:r>',
         run(' (commercial interests).'), num=(2, 0)),
    para(run('Sub-point with legal numbering.'), num=(2, 2)),
    # a heading style that carries numbering
    para(run('Review outcome'), style='QuestionHeading'),
    para(run('Second styled heading'), style='QuestionHeading'),
    para('<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>', run(' is a simple field result.')),
    para(run('Symbols:'), '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>',
         run(' non'), '<w:r><w:noBreakHyphen/></w:r>', run('breaking, environ'),
         '<w:r><w:softHyphen/></w:r>', run('mental'),
         '<w:r><w:tab/></w:r>', run('after a tab')),
    table(
        row(cell(para(run('Question'))), cell(para(run('Answer')))),
        row(cell(para(run('1. Supplier'))), cell(para(run('Example Networks Ltd')), para(run('(since 2021)')))),
        row(cell(para(run('2. Value')), props='<w:vMerge w:val="restart"/>'),
            cell(table(row(cell(para(run('Year 1'))), cell(para(run('£10,000')))),
                       row(cell(para(run('Year 2'))), cell(para(run('£12,000'))))))),
        row(cell(para(), props='<w:vMerge/>'), cell(para(run('Total £22,000')))),
        row(cell(para(run('3. Spans both columns')), props='<w:gridSpan w:val="2"/>')),
    ),
    para(run('Text before the page break.'), '<w:r><w:br w:type="page"/></w:r>', run('Text after the page break.')),
    para(run('Line one'), '<w:r><w:br/></w:r>', run('line two of the same paragraph.')),
    para(run('Yours sincerely,')),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>',
])

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}</w:body></w:document>'

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="QuestionHeading"/><w:lvlText w:val="Part %1:"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="QuestionHeading"><w:name w:val="Question Heading"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
</w:styles>'''

header = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>OFFICIAL - running header that must not appear</w:t></w:r></w:p></w:hdr>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>'''

with zipfile.ZipFile('numbered-review.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in [('[Content_Types].xml', content_types), ('_rels/.rels', rels),
                       ('word/_rels/document.xml.rels', doc_rels), ('word/document.xml', document),
                       ('word/numbering.xml', numbering), ('word/styles.xml', styles),
                       ('word/header1.xml', header)]:
        # a fixed date keeps the file identical from run to run
        info = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)

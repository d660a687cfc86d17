#!/usr/bin/env python3
"""Writes legacy-1252.html: a windows-1252 disclosure-log page laid out
with a table, with no <main>, smart quotes, an en dash and a pound sign."""

page = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Disclosure log</title></head>
<body>
<table width="100%" border="0"><tr><td class="leftnav"><a href="/">Home</a><br><a href="/foi">FOI</a></td>
<td>
<h2>Response to request FOI 336/12</h2>
<p>We can confirm that the Trust holds the information you requested about \x93catering\x94.</p>
<p>Q1. Do you use an outsourced caf\xe9 provider?<br>
A1. Yes \x96 the contract runs to March 2025.</p>
<ul><li>Supplier: Example Catering Ltd</li><li>Value: \xa3120,000</li></ul>
</td></tr></table>
<div id="footer">Site map | Contact us</div>
</body></html>
'''
# latin-1 writes each code point below 256 as that byte, which is how the
# windows-1252 bytes (0x93 for a left quote, 0x96 for an en dash) are spelt
# above.
with open("legacy-1252.html", "wb") as f:
    f.write(page.encode("latin-1"))

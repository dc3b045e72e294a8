"""Writes the reference documents (`report --format docx --reference-doc`) that ReferenceDocumentTests read.

python3 make_reference_documents.py   (Python 3 standard library; LibreOffice 7.4 headless for the last)

- letterhead.docx: an office template as Word 2016 writes one for a Chinese office: style ids in Word's
  Chinese numbering (a Normal, 1 heading 1, 2 heading 2, a3 Title, no Body Text, no Table Text), the
  letterhead (红头) in the body: 清溪镇人民政府文件 in red, the document number, a red rule; the marker
  {{正文}} split across three runs as Word splits text it has checked; a closing (signature, date, 抄送);
  a default header with an image (word/media/image1.png, related from the header); margins of its own
  (left and right 1531 twips); settings without even-page headers; no footer.
- letterhead.dotx: the same saved as a template (the main part's content type a template's).
- libreoffice-footer.docx: a document LibreOffice writes from libreoffice-footer.fodt: its own page
  (A4, margins 3 cm), a footer with the page number, a heading and a paragraph of sample text, no marker.
"""
import os
import struct
import subprocess
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
ROOT_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 w15 wp14"'
)


def png(width, height, rgb):
    """A PNG of one colour."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def run(text, red=False, font=None, size=None):
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if red:
        props += '<w:color w:val="FF0000"/>'
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r w:rsidRPr="00A41B2C">{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(runs, style=None, align=None, extra=""):
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra + (f'<w:jc w:val="{align}"/>' if align else "")
    return f'<w:p w:rsidR="00A41B2C" w:rsidRDefault="00A41B2C"><w:pPr>{props}</w:pPr>{"".join(runs)}</w:p>'


def letterhead_document():
    body = [
        paragraph([run("清溪镇人民政府文件", red=True, font="方正小标宋简体", size=72)], align="center",
                  extra='<w:ind w:firstLineChars="0" w:firstLine="0"/>'),
        paragraph([run("清政发〔2024〕12号")], align="center", extra='<w:ind w:firstLineChars="0" w:firstLine="0"/>'),
        paragraph([], extra='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'),
        # The marker as Word leaves it after spell checking: three runs.
        paragraph([run("{{"), run("正文"), run("}}")], style="a"),
        paragraph([run("清溪镇人民政府")], align="right"),
        paragraph([run("2024年7月10日")], align="right"),
        paragraph([run("抄送：县统计局，县发展和改革局。")],
                  extra='<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
                        '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'),
    ]
    section = (
        '<w:sectPr w:rsidR="00A41B2C"><w:headerReference w:type="default" r:id="rId8"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1531" w:bottom="1985" w:left="1531" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
    )
    return f'{DECL}<w:document {ROOT_NS}><w:body>{"".join(body)}{section}</w:body></w:document>'


def letterhead_styles():
    def style(kind, style_id, name, paragraph_props="", run_props="", default=False, based=None):
        flag = ' w:default="1"' if default else ""
        base = f'<w:basedOn w:val="{based}"/>' if based else ""
        p = f"<w:pPr>{paragraph_props}</w:pPr>" if paragraph_props else ""
        r = f"<w:rPr>{run_props}</w:rPr>" if run_props else ""
        return f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}"><w:name w:val="{name}"/>{base}<w:qFormat/>{p}{r}</w:style>'

    fonts = lambda face: f'<w:rFonts w:ascii="{face}" w:eastAsia="{face}" w:hAnsi="{face}"/>'
    styles = [
        style("paragraph", "a", "Normal", '<w:ind w:firstLineChars="200" w:firstLine="640"/>',
              fonts("仿宋_GB2312") + '<w:sz w:val="32"/>', default=True),
        style("paragraph", "1", "heading 1", '<w:outlineLvl w:val="0"/>', fonts("黑体") + '<w:sz w:val="32"/>', based="a"),
        style("paragraph", "2", "heading 2", '<w:outlineLvl w:val="1"/>', fonts("楷体_GB2312") + '<w:sz w:val="32"/>', based="a"),
        style("paragraph", "a3", "Title", '<w:jc w:val="center"/>', fonts("方正小标宋简体") + '<w:sz w:val="44"/>', based="a"),
        style("paragraph", "a4", "header", '<w:jc w:val="center"/>', '<w:sz w:val="18"/>', based="a"),
        style("character", "a0", "Default Paragraph Font", default=True),
    ]
    return (
        f'{DECL}<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="{W}" '
        'mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:kern w:val="2"/><w:sz w:val="21"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        f'{"".join(styles)}</w:styles>'
    )


def letterhead_header():
    drawing = (
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="360000" cy="360000"/>'
        '<wp:docPr id="1" name="徽标"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
        '<pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/>'
        '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
    )
    return (
        f'{DECL}<w:hdr {ROOT_NS}><w:p><w:pPr><w:pStyle w:val="a4"/></w:pPr><w:r>{drawing}</w:r>'
        '<w:r><w:t xml:space="preserve">清溪镇人民政府办公室</w:t></w:r></w:p></w:hdr>'
    )


def letterhead(path, template=False):
    main = "template.main+xml" if template else "document.main+xml"
    office = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = {
        "[Content_Types].xml": (
            f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{office}.{main}"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{office}.styles+xml"/>'
            f'<Override PartName="/word/settings.xml" ContentType="{office}.settings+xml"/>'
            f'<Override PartName="/word/fontTable.xml" ContentType="{office}.fontTable+xml"/>'
            f'<Override PartName="/word/header1.xml" ContentType="{office}.header+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '</Types>'
        ),
        "_rels/.rels": (
            f'{DECL}<Relationships xmlns="{PKG}">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "docProps/core.xml": (
            f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>清溪镇人民政府办公室</dc:creator></cp:coreProperties>'
        ),
        "word/document.xml": letterhead_document(),
        "word/_rels/document.xml.rels": (
            f'{DECL}<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId8" Type="{R}/header" Target="header1.xml"/>'
            f'<Relationship Id="rId3" Type="{R}/settings" Target="settings.xml"/>'
            f'<Relationship Id="rId7" Type="{R}/fontTable" Target="fontTable.xml"/>'
            f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/></Relationships>'
        ),
        "word/styles.xml": letterhead_styles(),
        "word/settings.xml": (
            f'{DECL}<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/></w:compat>'
            '</w:settings>'
        ),
        "word/fontTable.xml": (
            f'{DECL}<w:fonts xmlns:w="{W}"><w:font w:name="仿宋_GB2312"><w:charset w:val="86"/></w:font>'
            '<w:font w:name="方正小标宋简体"><w:charset w:val="86"/></w:font></w:fonts>'
        ),
        "word/header1.xml": letterhead_header(),
        "word/_rels/header1.xml.rels": (
            f'{DECL}<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{R}/image" Target="media/image1.png"/></Relationships>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
        archive.writestr("word/media/image1.png", png(8, 8, (204, 0, 0)))


def libreoffice_footer():
    source = os.path.join(HERE, "libreoffice-footer.fodt")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "docx:MS Word 2007 XML", "--outdir", out, source],
            check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(out, "libreoffice-footer.docx"), "rb") as made:
            data = made.read()
    with open(os.path.join(HERE, "libreoffice-footer.docx"), "wb") as target:
        target.write(data)


if __name__ == "__main__":
    letterhead(os.path.join(HERE, "letterhead.docx"))
    letterhead(os.path.join(HERE, "letterhead.dotx"), template=True)
    libreoffice_footer()

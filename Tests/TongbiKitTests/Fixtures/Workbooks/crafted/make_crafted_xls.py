"""Writes .xls files no spreadsheet writes, each testing one guard of Tongbi's own reading around FreeXL
(CompoundFile, BIFFScan, XLSWorkbook); WorkbookTests states what each must give. Python 3 standard
library only: python3 make_crafted_xls.py

A minimal BIFF8 writer: a workbook stream of records (type, length, data) in a compound file of
512-byte sectors, the stream padded to 4,096 bytes so that it lies in the file's own sectors.
"""
import struct


def record(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def bof(kind, version=0x0600):
    """BOF: version, substream kind (5 workbook globals, 0x10 worksheet), build, year, flags."""
    return record(0x0809, struct.pack("<HHHHII", version, kind, 0x0DBB, 0x07CC, 0, 6))


EOF_RECORD = record(0x000A)


def boundsheet(offset, name):
    """BoundSheet8: the sheet's stream offset, visible, a worksheet, its name (8-bit)."""
    text = name.encode("latin-1")
    return record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(text), 0) + text)


def xf(number_format):
    """A cell XF of 20 bytes whose number format is `number_format`."""
    return record(0x00E0, struct.pack("<HHHBBBBIIH", 0, number_format, 0xFFF5 & ~0x0004, 0x20, 0, 0, 0, 0, 0, 0x20C0))


def number(row, column, value, xf_index=0):
    return record(0x0203, struct.pack("<HHHd", row, column, xf_index, value))


def formula(row, column, value, xf_index=0):
    """A Formula record with a cached number and the formula =1 (ptgInt 1)."""
    tokens = bytes([0x1E, 1, 0])
    return record(0x0006, struct.pack("<HHHdHI", row, column, xf_index, value, 0, 0) + struct.pack("<H", len(tokens)) + tokens)


def dimensions(rows, columns):
    return record(0x0200, struct.pack("<IIHHH", 0, rows, 0, columns, 0))


def workbook(sheets, globals_extra=b"", version=0x0600):
    """The stream: globals (BOF, extra records, one BoundSheet per sheet, EOF), then the sheets."""
    head = bof(5, version) + globals_extra
    sheet_list_length = sum(len(boundsheet(0, name)) for name, _ in sheets)
    offset = len(head) + sheet_list_length + len(EOF_RECORD)
    listing = b""
    bodies = b""
    for name, body in sheets:
        listing += boundsheet(offset + len(bodies), name)
        bodies += body
    return head + listing + EOF_RECORD + bodies


def compound_file(stream):
    """A compound file holding `stream` as Workbook: header, stream sectors, directory, FAT."""
    size = 512
    data = stream + b"\0" * max(0, 4096 - len(stream))
    data += b"\0" * (-len(data) % size)
    stream_sectors = len(data) // size
    fat_sectors = 1
    while stream_sectors + 1 + fat_sectors > fat_sectors * 128:
        fat_sectors += 1
    fat = [i + 1 for i in range(stream_sectors - 1)] + [0xFFFFFFFE, 0xFFFFFFFE] + [0xFFFFFFFD] * fat_sectors
    fat += [0xFFFFFFFF] * (fat_sectors * 128 - len(fat))

    def entry(name, kind, start, length, child=0xFFFFFFFF):
        text = name.encode("utf-16-le") + b"\0\0"
        return (text + b"\0" * (64 - len(text)) + struct.pack("<HBB", len(text), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\0" * 36
                + struct.pack("<III", start, length, 0))

    # The padded length: a stream under 4,096 bytes would belong in the mini stream.
    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry("Workbook", 2, 0, len(data))
    directory += b"\0" * (size - len(directory))
    header = bytearray(512)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, fat_sectors, stream_sectors, 0, 4096, 0xFFFFFFFE, 0,
                     0xFFFFFFFE, 0)
    for index in range(109):
        slot = stream_sectors + 1 + index if index < fat_sectors else 0xFFFFFFFF
        struct.pack_into("<I", header, 0x4C + 4 * index, slot)
    return bytes(header) + data + directory + b"".join(struct.pack("<I", x) for x in fat)


def sheet(*records):
    return bof(0x10) + b"".join(records) + EOF_RECORD


def save(name, stream):
    with open(name, "wb") as out:
        out.write(compound_file(stream))


if __name__ == "__main__":
    # 16 style XFs then cell XF 16 with format 14 (m/d/yy, a built-in date format).
    xfs = b"".join(xf(0) for _ in range(16)) + xf(14)
    # A1 the number 7; B1 a formula cached 45383 in the date format: 2024-04-01 (1900 system).
    save("date-formula.xls", workbook([("S", sheet(dimensions(1, 2), number(0, 0, 7), formula(0, 1, 45383, 16)))],
                                      globals_extra=xfs))
    # A1 the number 7; a formula at row 65,536, column 65,536, beyond BIFF8's 256 columns: dropped.
    save("cell-beyond-sheet.xls", workbook([("S", sheet(dimensions(1, 1), number(0, 0, 7),
                                                          formula(0xFFFF, 0xFFFF, 1)))]))
    # A1 the number 7, merged over rows 1 to 65,536 and columns 1 to 65,536: filled within the sheet only.
    merge = record(0x00E5, struct.pack("<HHHHH", 1, 0, 0xFFFF, 0, 0xFFFF))
    save("merge-beyond-sheet.xls", workbook([("S", sheet(dimensions(1, 1), number(0, 0, 7), merge))]))
    # Eight sheets each declaring 65,536 × 256 cells: refused before FreeXL allocates them.
    full = sheet(dimensions(65536, 256), number(0, 0, 7))
    save("declares-too-much.xls", workbook([("S%d" % i, full) for i in range(8)]))
    # A FilePass record in the globals: an encrypted workbook.
    save("file-pass.xls", workbook([("S", sheet(number(0, 0, 7)))], globals_extra=record(0x002F, b"\0\0")))
    # Version 0x0500 in the BOF: Excel 5.0/95 (BIFF5).
    save("biff5.xls", workbook([("S", sheet(number(0, 0, 7)))], version=0x0500))

#!/usr/bin/env python3
"""Writes the encoding and bad-input test files of this folder. Run once; the files are committed.

The article is written for these tests (it is not one of the seeds). Windows-1256 has neither the Persian
yeh (U+06CC) nor Persian digits, so that copy uses the Arabic yeh (U+064A) and ASCII digits, as
Persian text in that code page does; normalization makes the copies equal.
"""
from pathlib import Path

ARTICLE = (
    "دیدار وزیران خارجه ایران و ترکیه در آنکارا\n"
    "۱۹ مهرماه ۱۳۹۹ ساعت ۱۰:۴۵\n"
    "به گزارش ایسنا به نقل از وزارت امور خارجه، وزیر امور خارجه ایران امروز با همتای ترکیه‌ای خود دیدار کرد.\n"
    "دو طرف درباره روابط دوجانبه گفت‌وگو کردند.\n"
    "کد خبر: ۱۲۳۴۵\n"
)

here = Path(__file__).parent
(here / "utf8.txt").write_bytes(ARTICLE.encode("utf-8"))
(here / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
(here / "utf16le.txt").write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
(here / "utf16be.txt").write_bytes(b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
in_1256 = ARTICLE.replace("\u06cc", "\u064a").translate({0x06F0 + d: ord("0") + d for d in range(10)})
(here / "windows-1256.txt").write_bytes(in_1256.encode("cp1256"))
# Latin-1 French text: not UTF-8, and mostly Latin letters when read as Windows-1256.
(here / "latin1.txt").write_bytes("Le ministre a rencontré son homologue à Ankara. Déclaration commune.\n".encode("latin-1"))
(here / "binary.txt").write_bytes(bytes(range(256)) * 4)
(here / "empty.txt").write_bytes(b"")
(here / "whitespace.txt").write_bytes(" \n\t\r\n\u200c\n".encode("utf-8"))
(here / "furniture-only.txt").write_bytes("کد خبر: ۹۹۹\nnewsQrCode\nاشتراک گذاری\n".encode("utf-8"))

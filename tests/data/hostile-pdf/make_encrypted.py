#!/usr/bin/env python3
"""Writes encrypted.pdf: a one-page PDF locked with the standard security handler (RC4, 40
bits, revision 2) and the user password "secret", so that it cannot be opened without it.
Run once by hand; the PDF is committed beside this script."""
import hashlib
import sys

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password):
    return (password + PAD)[:32]


user, owner, permissions, file_id = b"secret", b"owner-secret", -44, bytes(range(16))
o_entry = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
key = hashlib.md5(padded(user) + o_entry + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
u_entry = rc4(key, PAD)

objects = [
    b"<</Type/Catalog/Pages 2 0 R>>",
    b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
    b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
    b"<</Filter/Standard/V 1/R 2/O<" + o_entry.hex().encode() + b">/U<" + u_entry.hex().encode() +
    b">/P " + str(permissions).encode() + b">>",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    out += b"%010d 00000 n \n" % offset
out += (b"trailer\n<</Size %d/Root 1 0 R/Encrypt 4 0 R/ID[<" % (len(objects) + 1) + file_id.hex().encode() +
        b"><" + file_id.hex().encode() + b">]>>\nstartxref\n%d\n%%%%EOF\n" % xref)
open(sys.argv[1] if len(sys.argv) > 1 else "encrypted.pdf", "wb").write(out)

"""Generates the expected results the parser tests compare against, from CPython itself.

Run from this folder with CPython 3.13 (3.12 is needed for the stdlib list):

    PYENV_VERSION=3.13.0 python3.13 generate.py

Writes (all committed; never edit them by hand):
  ast_cases.json      [{"src", "mode", "dump", "dump_attrs"}]  ast.dump(ast.parse(src, mode=mode)) on 3.13,
                      and the same with include_attributes=True (columns converted to code points)
  error_cases.json    [{"src", "mode", "error": [kind, msg, lineno, offset, end_lineno, end_offset]}]
                      the SyntaxError ast.parse raises (parser errors only: sources that
                      ast.parse accepts but compile() rejects belong to the compiler)
  token_cases.json    [{"src", "tokens": [[type, string, line, col, end_line, end_col]]}]
                      tokenize.generate_tokens without COMMENT/NL/DEDENT/ENDMARKER
  decode_cases.json   [{"bytes_hex", "error": [msg, lineno, offset] | null, "text": str | null}]
                      what running `python3.13 file.py` reports for a file with these bytes
  stdlib_expected.json {"root", "invalid": [paths CPython 3.12 cannot compile],
                        "dumps": {path: [sha256 of file bytes, sha256 of ast.dump(include_attributes=True)
                                         on 3.13, columns converted to code points]}}
"""
import ast
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import tokenize
import warnings

from snippets import AST_SNIPPETS, ERROR_SNIPPETS, TOKEN_SNIPPETS, DECODE_CASES

warnings.simplefilter('ignore')
HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = '/root/.pyenv/versions/3.12.1/lib/python3.12'


def split_mode(src):
    for mode in ('eval', 'single'):
        tag = '#' + mode + '\n'
        if src.startswith(tag):
            return mode, src[len(tag):]
    return 'exec', src


def with_code_point_columns(tree, src):
    """CPython's columns count UTF-8 bytes; the C# AST counts code points. Convert."""
    lines = src.split('\n')
    def conv(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        return len(lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', 'replace'))
    for node in ast.walk(tree):
        if 'col_offset' in node._attributes:
            node.col_offset = conv(node.lineno, node.col_offset)
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree


def ast_cases():
    out = []
    for raw in AST_SNIPPETS:
        mode, src = split_mode(raw)
        tree = ast.parse(src, mode=mode)
        norm = src.replace('\r\n', '\n').replace('\r', '\n')
        out.append({'src': src, 'mode': mode, 'dump': ast.dump(tree),
                    'dump_attrs': ast.dump(with_code_point_columns(tree, norm), include_attributes=True)})
    return out


def error_cases():
    out = []
    for raw in ERROR_SNIPPETS:
        mode, src = split_mode(raw)
        try:
            ast.parse(src, mode=mode)
        except SyntaxError as e:
            out.append({'src': src, 'mode': mode,
                        'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
            continue
        except (MemoryError, RecursionError, ValueError) as e:
            print('not a SyntaxError, left out:', repr(src[:60]), type(e).__name__, file=sys.stderr)
            continue
        print('parses (a compiler error, not the parser\'s), left out:', repr(src[:60]), file=sys.stderr)
    return out


def token_cases():
    out = []
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.DEDENT, tokenize.ENDMARKER}
    for src in TOKEN_SNIPPETS:
        toks = []
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type in skip:
                continue
            if t.type == tokenize.FSTRING_MIDDLE and t.string == '':
                continue
            name = tokenize.tok_name[t.exact_type if t.type == tokenize.OP else t.type]
            toks.append([name, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
        out.append({'src': src, 'tokens': toks})
    return out


def decode_cases():
    hook = tempfile.mkdtemp()
    with open(os.path.join(hook, 'sitecustomize.py'), 'w') as f:
        f.write('import sys\n'
                'def hook(t, e, tb):\n'
                '    print(repr([e.msg, e.lineno, e.offset]))\n'
                'sys.excepthook = hook\n')
    env = dict(os.environ, PYTHONPATH=hook, PYENV_VERSION='3.13.0')
    out = []
    for data in DECODE_CASES:
        with tempfile.NamedTemporaryFile(suffix='.py', delete=False) as f:
            f.write(data)
            path = f.name
        # Running the file makes the interpreter's file tokenizer do the decoding.
        r = subprocess.run(['python3.13', path], capture_output=True, text=True, env=env)
        os.unlink(path)
        lines = r.stdout.strip().splitlines()
        if lines and lines[-1].startswith('['):
            error = ast.literal_eval(lines[-1])
            error[0] = error[0].replace(path, 'x.py')
            out.append({'bytes_hex': data.hex(), 'error': error, 'text': None})
        else:
            assert r.returncode == 0, (data, r.stderr)
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            text = data.decode(encoding)
            if encoding == 'utf-8-sig' and text.startswith('\ufeff'):
                text = text[1:]
            out.append({'bytes_hex': data.hex(), 'error': None, 'text': text})
    return out


CHECK_COMPILE = """
import sys, warnings
warnings.simplefilter('ignore')
for path in sys.stdin.read().split('\\n'):
    if not path:
        continue
    try:
        compile(open(path, 'rb').read(), path, 'exec')
    except Exception:
        print(path)
"""


def stdlib_expected():
    paths = []
    for dirpath, _, names in os.walk(STDLIB):
        if 'site-packages' in dirpath:
            continue
        paths += [os.path.join(dirpath, n) for n in names if n.endswith('.py')]
    paths.sort()
    r = subprocess.run(['python3.12', '-c', CHECK_COMPILE], input='\n'.join(paths), capture_output=True, text=True,
                       env=dict(os.environ, PYENV_VERSION='3.12.1'))
    failing = set(r.stdout.split('\n'))
    invalid = []
    dumps = {}
    for path in paths:
        rel = os.path.relpath(path, STDLIB)
        data = open(path, 'rb').read()
        if path in failing:
            invalid.append(rel)
            continue
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')
        if text.startswith('\ufeff'):
            text = text[1:]
        tree = with_code_point_columns(ast.parse(data), text)
        dump = ast.dump(tree, include_attributes=True)
        dumps[rel] = [hashlib.sha256(data).hexdigest(), hashlib.sha256(dump.encode('utf-8', 'surrogatepass')).hexdigest()]
    return {'root': STDLIB, 'invalid': invalid, 'dumps': dumps}


def write(name, value):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        json.dump(value, f, ensure_ascii=True, indent=1)
        f.write('\n')


if __name__ == '__main__':
    assert sys.version_info[:2] == (3, 13), sys.version
    write('ast_cases.json', ast_cases())
    write('error_cases.json', error_cases())
    write('token_cases.json', token_cases())
    write('decode_cases.json', decode_cases())
    if '--no-stdlib' not in sys.argv and os.path.isdir(STDLIB):
        write('stdlib_expected.json', stdlib_expected())

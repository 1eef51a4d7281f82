# description: string.Template subclasses can override delimiter, idpattern, braceidpattern, flags or the whole pattern
# features: [string, re]
# expect: output

import re
import string

class Braces(string.Template):
    delimiter = "{{"
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      \s*(?P<named>[a-z_]+)\s*\}\} |
      (?P<braced>(?!)) |
      (?P<invalid>)
    )
    """
t = Braces("Hello {{ name }}, you owe {{amount}}. Literal {{{{ stays.")
print(t.substitute(name="Ann", amount="$5"))
print("identifiers:", t.get_identifiers())
try:
    Braces("ok {{ 1 }}").substitute()
except ValueError as e:
    print("ValueError:", e)

class Upper(string.Template):
    idpattern = r"[A-Z][A-Z0-9_]*"
    flags = 0
print("case-sensitive idpattern:", Upper("$HOME and $home").safe_substitute(HOME="/home/ann", home="x"))

class BraceOnly(string.Template):
    braceidpattern = r"[a-z]+\.[a-z]+"
print("braceidpattern:", BraceOnly("${user.name} $plain").substitute({"user.name": "ann", "plain": "p"}))
print("default flags ignore case:", string.Template.flags == re.IGNORECASE)
print("pattern compiled:", isinstance(string.Template.pattern, re.Pattern))

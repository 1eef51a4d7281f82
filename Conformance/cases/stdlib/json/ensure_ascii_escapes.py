# description: json.dumps escapes control characters, quotes and non-ASCII (with surrogate pairs) unless ensure_ascii=False
# features: [json, unicode]
# expect: output

import json

s = 'quote" back\\ slash/ nl\n tab\t cr\r bs\b ff\f nul\x00 esc\x1b del\x7f'
print(json.dumps(s))
print(json.dumps("café ñ 日本"))
print(json.dumps("café ñ 日本", ensure_ascii=False))
print(json.dumps("emoji 😀 clef 𝄞"))
print(json.dumps("emoji 😀", ensure_ascii=False))
print(json.dumps("\u2028\u2029"), json.dumps("\u2028", ensure_ascii=False) == '"\u2028"')
print(json.dumps({"ключ": "значение"}))
print(json.dumps("lone \ud800 surrogate"))
print("loads escapes:", json.loads(r'"\u00e9\ud83d\ude00\n\/\"\\"'))
print("loads lone surrogate:", ascii(json.loads(r'"\udc00"')))
print("loads raw non-ascii:", json.loads('"日本"'))

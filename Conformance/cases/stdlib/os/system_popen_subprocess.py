# description: os.system and os.popen run shell commands and report wait statuses; subprocess.run captures output, feeds input, checks exit codes and reports a missing program
# features: [os, exceptions]
# expect: output

import os
import subprocess
import sys

print("system:", os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")), os.system("true"))
with os.popen("echo hi; echo there") as f:
    print("popen:", f.read().split())
print("popen status:", os.popen("exit 2").close(), os.popen("true").close())
r = subprocess.run([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(4)"],
                   capture_output=True, text=True)
print("run:", r.returncode, repr(r.stdout), repr(r.stderr))
print("check_output:", subprocess.check_output(["echo", "a b"]))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
try:
    subprocess.run(["/nonexistent-ftpy-command"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
print("shell:", subprocess.run("echo $((1+2))", shell=True, stdout=subprocess.PIPE).stdout)
print("input:", subprocess.run(["cat"], input=b"piped", capture_output=True).stdout)
print("stderr to stdout:", subprocess.run(["sh", "-c", "echo x >&2"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print("devnull:", subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL).returncode)
print("repr:", subprocess.run(["true"]))

"""What cleaning costs over the process that attaches and every child it started, for tests that
run `clean_attachment` in a fresh interpreter (`python -c COST + script`).

Pictures, PDFs, Office documents and SVG drawings are cleaned in bounded children (`media/
bounded_child.py`; pictures since task q11a), jpegtran in one of its own: a bound measured on
the attaching process alone passes whatever the child does. So the script's figures are:

- `cpu_now()`: CPU seconds of this process (`time.process_time`) plus those of its children
  that have ended (`RUSAGE_CHILDREN`, user and system);
- `peak_mib()`: the larger of this process's own peak (VmHWM; ru_maxrss survives exec and would
  count a forking pytest worker's pages) and the largest ended child's (`RUSAGE_CHILDREN`
  ru_maxrss, KiB: a spawned child counts at least this small interpreter's pages at its fork).
"""

COST = """
import resource, time
def cpu_now():
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ended.ru_utime + ended.ru_stime
def peak_mib():
    hwm = [line for line in open('/proc/self/status') if line.startswith('VmHWM:')][0]
    largest_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(int(hwm.split()[1]), largest_child) / 1024
"""

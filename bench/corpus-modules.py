#!/usr/bin/env python3
"""Resolves registry module sources the way `terraform init` would, from repositories fetched
beforehand, for the corpus run: writes .terraform/modules/modules.json in every root module under
DIR... whose module calls name a registry module found in MODULES_DIR (laid out as
MODULES_DIR/<namespace>/terraform-<provider>-<name>). Nothing is downloaded; a source that is not
there stays unresolved and the check reports it as not read.

usage: bench/corpus-modules.py MODULES_DIR DIR...
"""
import json
import os
import re
import sys

MODULE = re.compile(r'^\s*module\s+"([^"]+)"\s*\{', re.M)
SOURCE = re.compile(r'^\s*source\s*=\s*"([^"]+)"', re.M)
REGISTRY = re.compile(r'^(?:registry\.terraform\.io/)?([A-Za-z0-9_-]+)/([A-Za-z0-9_-]+)/([A-Za-z0-9_-]+)(?://(.*))?$')


def module_calls(directory):
    """(name, source) of every module block in the .tf files of one directory."""
    out = []
    for f in sorted(os.listdir(directory)):
        if not f.endswith('.tf'):
            continue
        text = open(os.path.join(directory, f), encoding='utf-8', errors='replace').read()
        for m in MODULE.finditer(text):
            depth, i = 0, m.end() - 1
            while i < len(text):
                depth += {'{': 1, '}': -1}.get(text[i], 0)
                if depth == 0:
                    break
                i += 1
            s = SOURCE.search(text[m.end():i])
            if s:
                out.append((m.group(1), s.group(1)))
    return out


def registry_dir(modules, source):
    m = REGISTRY.match(source)
    if not m:
        return None
    namespace, name, provider, sub = m.groups()
    # The registry serves some modules under both organisations (GoogleCloudPlatform/sql-db is terraform-google-modules').
    for ns in (namespace, 'terraform-google-modules', 'GoogleCloudPlatform'):
        d = os.path.join(modules, ns, 'terraform-%s-%s' % (provider, name), sub or '')
        if os.path.isdir(d):
            return os.path.normpath(d)
    return None


def resolve(modules, directory, prefix, entries, depth=0):
    if depth > 8:
        return
    for name, source in module_calls(directory):
        key = prefix + name
        if source.startswith('./') or source.startswith('../'):
            child = os.path.normpath(os.path.join(directory, source))
        else:
            child = registry_dir(modules, source)
            if child is None:
                continue
            entries.append({'Key': key, 'Source': source, 'Dir': child})
        if os.path.isdir(child):
            resolve(modules, child, key + '.', entries, depth + 1)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    modules = os.path.abspath(sys.argv[1])
    written = 0
    for top in sys.argv[2:]:
        for directory, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if not d.startswith('.')]
            if not any(f.endswith('.tf') for f in files):
                continue
            entries = []
            resolve(modules, directory, '', entries)
            if entries:
                os.makedirs(os.path.join(directory, '.terraform', 'modules'), exist_ok=True)
                with open(os.path.join(directory, '.terraform', 'modules', 'modules.json'), 'w') as out:
                    json.dump({'Modules': [{'Key': '', 'Source': '', 'Dir': '.'}] + entries}, out, indent=1)
                written += 1
    print('corpus-modules: wrote modules.json in %d root modules' % written, file=sys.stderr)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Checks the XcodeGen spec of the iOS demo for what Xcode would refuse only on macOS.

* The message-filter extension's bundle identifier is the host app's plus a suffix (Xcode's
  embedded-binary validation fails otherwise). Identifiers are resolved the way XcodeGen
  does: the target's PRODUCT_BUNDLE_IDENTIFIER setting, else `bundleIdPrefix.TargetName`.
* The extension's Info.plist keys: NSExtensionPointIdentifier is
  com.apple.identitylookup.message-filter, and NSExtensionPrincipalClass names
  `$(PRODUCT_MODULE_NAME).Class` for a class of the extension's sources that subclasses
  ILMessageFilterExtension.
* The scheme that the iOS workflow builds (`xcodebuild -scheme NAME`) is declared by the spec
  and builds the host app.

Usage: check_ios_project.py PROJECT_YML WORKFLOW_YML. Prints one line per check, exits 1 on
any failure.
"""
import os
import re
import sys

import yaml

FILTER_POINT = "com.apple.identitylookup.message-filter"


def settings_value(target, key):
    """A build setting of a target, from `settings: {KEY: …}` or `settings: {base: {KEY: …}}`."""
    settings = target.get("settings") or {}
    base = settings.get("base") or {}
    return base.get(key, settings.get(key))


def bundle_id(spec, name):
    explicit = settings_value(spec["targets"][name], "PRODUCT_BUNDLE_IDENTIFIER")
    if explicit:
        return str(explicit)
    prefix = (spec.get("options") or {}).get("bundleIdPrefix")
    return f"{prefix}.{name}" if prefix else None


def dependencies(target, kind):
    return [d[kind] for d in target.get("dependencies") or [] if kind in d]


def swift_sources(root, target):
    for source in target.get("sources") or []:
        path = os.path.join(root, source if isinstance(source, str) else source["path"])
        for folder, _, files in os.walk(path):
            for f in files:
                if f.endswith(".swift"):
                    with open(os.path.join(folder, f), encoding="utf-8") as fh:
                        yield fh.read()


def check(project_path, workflow_path):
    with open(project_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    root = os.path.dirname(project_path)
    targets = spec.get("targets") or {}
    failures = []

    def expect(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    hosts = [n for n, t in targets.items() if t.get("type") == "application"]
    extensions = [n for n, t in targets.items() if t.get("type") == "app-extension"]
    expect(len(hosts) == 1 and len(extensions) == 1, f"one app ({hosts}) and one app extension ({extensions})")
    if failures:
        return failures
    host, ext = hosts[0], extensions[0]
    expect(ext in dependencies(targets[host], "target"), f"{host} embeds {ext}")

    host_id, ext_id = bundle_id(spec, host), bundle_id(spec, ext)
    expect(
        bool(host_id and ext_id and ext_id.startswith(host_id + ".") and len(ext_id) > len(host_id) + 1),
        f"extension bundle id {ext_id} = host bundle id {host_id} + '.suffix'",
    )

    nsext = (((targets[ext].get("info") or {}).get("properties") or {}).get("NSExtension")) or {}
    point = nsext.get("NSExtensionPointIdentifier")
    expect(point == FILTER_POINT, f"NSExtensionPointIdentifier = {point}")
    principal = str(nsext.get("NSExtensionPrincipalClass") or "")
    m = re.fullmatch(r"\$\(PRODUCT_MODULE_NAME\)\.([A-Za-z_][A-Za-z0-9_]*)", principal)
    cls = m.group(1) if m else None
    declared = cls is not None and any(
        re.search(rf"\bclass\s+{cls}\s*:\s*ILMessageFilterExtension\b", src)
        for src in swift_sources(root, targets[ext])
    )
    expect(declared, f"NSExtensionPrincipalClass {principal!r} is an ILMessageFilterExtension of {ext}'s sources")

    with open(workflow_path, encoding="utf-8") as f:
        built = re.findall(r"-scheme\s+(\S+)", f.read())
    schemes = spec.get("schemes") or {}
    expect(bool(built), f"{os.path.basename(workflow_path)} builds a scheme ({built})")
    for name in built:
        scheme_targets = ((schemes.get(name) or {}).get("build") or {}).get("targets") or {}
        expect(host in scheme_targets, f"scheme {name} is declared and builds {host}")
    return failures


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(1 if check(sys.argv[1], sys.argv[2]) else 0)

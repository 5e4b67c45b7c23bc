#!/usr/bin/env python3
"""Turns a benchmark corpus (../shared/bench/make_corpus.py) into an IqSite input folder.

The same sheets with the same taxonomies as the Hugo reference site gets: one file per sheet and
language, linked as translations by the corpus' translationKey (IqSite's file key) and published
under the corpus' own slug; state network, topics, audiences and funding round become IqSite's
four taxonomies. Fields IqSite requires that the corpus lacks (instrument, project, provider,
contact, offer) are filled from the sheet's title and summary, so every page carries the same
amount of text as its Hugo counterpart plus IqSite's fixed page furniture.

    python3 bench/convert_corpus.py --corpus /tmp/corpus-1000 --out /tmp/iqsite-1000
"""
import argparse
import os
import sys

import yaml  # Debian: python3-yaml

LANGS = ("de", "en")
# IqSite's section headings (themes/iq/i18n gp_section_*) for the corpus' three headings.
HEADINGS = {
    "de": {"Ausgangslage": "Ausgangslage und Herausforderung"},
    "en": {"Starting point": "Starting point and challenge"},
}


def key(label):
    """A taxonomy term key: lowercase ASCII with hyphens."""
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
    out, dash = [], False
    for ch in label.lower():
        ch = table.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def read(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    sheets = {}  # (translationKey, lang) -> (front, body, slug)
    terms = {"networks": {}, "topics": {}, "audiences": {}, "funding_rounds": {}}
    for lang in LANGS:
        folder = os.path.join(args.corpus, "content", lang, "good-practice")
        for name in sorted(os.listdir(folder)):
            front, body = read(os.path.join(folder, name))
            sheets[(front["translationKey"], lang)] = (front, body, name[:-3])

    # Term keys come from the German labels; the English file of the same sheet names the same terms in the same order.
    for (tkey, lang), (front, _, _) in sheets.items():
        if lang != "de":
            continue
        en = sheets[(tkey, "en")][0]
        for tax, field in (("networks", "state_network"), ("topics", "topics"), ("audiences", "audiences"), ("funding_rounds", "funding_round")):
            de_values = front[field] if isinstance(front[field], list) else [front[field]]
            en_values = en[field] if isinstance(en[field], list) else [en[field]]
            for de_label, en_label in zip(de_values, en_values):
                terms[tax].setdefault(key(str(de_label)), {"de": str(de_label), "en": str(en_label)})

    content = os.path.join(args.out, "input", "content")
    os.makedirs(os.path.join(content, "good-practice"), exist_ok=True)
    os.makedirs(os.path.join(content, "pages"), exist_ok=True)
    write(os.path.join(args.out, "input", "site.yml"), SITE_YML)
    write(os.path.join(args.out, "input", "taxonomies.yml"), taxonomies_yml(terms))
    for lang in LANGS:
        write(os.path.join(content, f"_index.{lang}.md"), f"---\ntitle: \"{'Praxisdatenbank' if lang == 'de' else 'Good practice database'}\"\n---\nBenchmark.\n")
        write(os.path.join(content, "pages", f"about.{lang}.md"), f"---\ntitle: \"{'Über' if lang == 'de' else 'About'}\"\n---\nBenchmark.\n")

    by_label = {tax: {labels[lang]: k for k, labels in values.items() for lang in LANGS} for tax, values in terms.items()}
    for (tkey, lang), (front, body, slug) in sheets.items():
        for old, new in HEADINGS[lang].items():
            body = body.replace(f"\n## {old}\n", f"\n## {new}\n", 1)
        sheet = {
            "title": front["title"],
            "slug": slug,
            "teaser": front["summary"],
            "published": str(front["date"])[:10],
            "network": by_label["networks"][front["state_network"]],
            "topics": [by_label["topics"][t] for t in front["topics"]],
            "audiences": [by_label["audiences"][a] for a in front["audiences"]],
            "funding_round": by_label["funding_rounds"][str(front["funding_round"])],
            "instrument": {"name": front["title"], "summary": front["summary"]},
            "project": front["title"],
            "provider": "IQ Netzwerk",
            "contact": {"name": "IQ Netzwerk"},
            "offer": {"text": front["summary"]},
        }
        text = "---\n" + yaml.safe_dump(sheet, allow_unicode=True, sort_keys=False, width=1000) + "---\n" + body
        write(os.path.join(content, "good-practice", f"{tkey}.{lang}.md"), text)
    print(f"wrote {len(sheets)} sheets and {sum(len(v) for v in terms.values())} terms to {args.out}/input")


def taxonomies_yml(terms):
    titles = {
        "networks": ("Landesnetzwerke", "State networks", "landesnetzwerk", "state-network"),
        "topics": ("Themen", "Topics", "thema", "topic"),
        "audiences": ("Zielgruppen", "Audiences", "zielgruppe", "audience"),
        "funding_rounds": ("Förderphasen", "Funding rounds", "foerderphase", "funding-round"),
    }
    doc = {}
    for tax, (de, en, slug_de, slug_en) in titles.items():
        doc[tax] = {
            "title": {"de": de, "en": en},
            "slug": {"de": slug_de, "en": slug_en},
            "terms": {k: {"label": labels} for k, labels in sorted(terms[tax].items())},
        }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


SITE_YML = """title:
  de: "Praxisdatenbank"
  en: "Good practice database"
description:
  de: "Benchmark-Korpus"
  en: "Benchmark corpus"
base_url: "https://example.org/"
default_language: de
page_size: 20
languages:
  - code: de
    name: "Deutsch"
    direction: ltr
    culture: de-DE
    sections:
      good_practice: good-practice
      figures: zahlen
      page: seite
  - code: en
    name: "English"
    direction: ltr
    culture: en-GB
    sections:
      good_practice: good-practice
      figures: figures
      page: page
menus:
  main: [home, good-practice]
  footer: [about]
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())

"""Train the shipped NER model: `scripts/train_ner.py DATA_DIR [--out FILE]` (DATA_DIR holds nergrit/, nerp/, idner2k/).

The shipped recipe (the default) trains on the train splits only: NERGrit train, idner2k train (news copy,
cased) and NERP train (lowercased; PPL/PLC/IND -> PER/LOC/ORG), with an entity lexicon and ordinary-word list
built from NERP (NERP sentences see a lexicon built without them). It writes FILE (default
src/linimasa/models/ner.crfsuite) and the lexicon beside it (ner_lexicon.tsv), then prints the CRF's scores on
NERGrit valid and idner2k dev, which it never saw; `linimasa eval ner FILE --model M` adds the rule layer.
`--with-valid` also trains on NERGrit valid (then no NERGrit score is printed: it would be on training data).
idner2k's untagged country and city names are tagged LOC in the training copy (`--idner-as-is` keeps them).
`--idner-weight N` repeats the idner2k sentences N times (news copy is scarce beside Wikipedia-style NERGrit).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linimasa.entities import lexicon  # noqa: E402
from linimasa.entities.conll import read_tagged  # noqa: E402
from linimasa.entities.evaluate import format_report, score  # noqa: E402
from linimasa.entities.features import sentence_features  # noqa: E402


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    with open(path, encoding="utf-8") as f:
        return list(read_tagged(f))


def harmonise_places(sentences):
    """idner2k leaves many country and capital names untagged where NERGrit and NERP tag them ("pemerintah
    [Indonesia]", "[Beijing] menghormati ..."): in the training copy a listed country or city left O is a LOC,
    so the model does not learn to skip places on one corpus's convention."""
    from linimasa.entities import gazetteer

    out = []
    for words, tags in sentences:
        tags = list(tags)
        for s, e, kind in gazetteer.match_phrases(words, capitalised_only=True):
            if kind in ("country", "city") and all(t == "O" for t in tags[s:e]):
                tags[s:e] = ["B-LOC"] + ["I-LOC"] * (e - s - 1)
        out.append((words, tags))
    return out


def train(data, out: Path, c1: float, c2: float, iterations: int, minfreq: int = 1) -> None:
    """`data`: (words, tags, lexicon used for that sentence's features)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags, lex in data:
        trainer.append(sentence_features(words, lex), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": minfreq})
    trainer.train(str(out))


def training_set(grit, nerp, nerp_valid, args):
    """(sentences with the lexicon each one sees, the lexicon to ship) for NERGrit sentences `grit` plus NERP."""
    extra = nerp[: int(len(nerp) * args.nerp)]
    # NERP (lowercased) gives a case-insensitive lexicon of entity phrases and a list of ordinary words
    lex: dict[str, str] = {}
    if not args.no_lexicon:
        common = {k: "O" for k in lexicon.common_words(nerp + nerp_valid)}
        lex = {**common, **lexicon.build(nerp + nerp_valid)}
    data = []
    own_lex: dict[str, str] = {}
    if args.folds > 1 and not args.no_lexicon:
        # the lexicon of the cased corpus itself: each NERGrit sentence sees one built from the other folds
        folds = [grit[k::args.folds] for k in range(args.folds)]
        for k, fold in enumerate(folds):
            rest = [s for j, f in enumerate(folds) if j != k for s in f]
            fold_lex = {**lex, **lexicon.build(rest, namespace=lexicon.OWN)}
            data += [(w, t, fold_lex) for w, t in fold]
        own_lex = lexicon.build(grit, namespace=lexicon.OWN)
        lex = {**lex, **own_lex}
    else:
        data = [(w, t, lex) for w, t in grit]
    if extra:
        # NERP sentences used for training see a lexicon built without them (two halves), so the model
        # does not learn to trust lexicon hits more than they deserve on unseen text
        half = len(extra) // 2
        for part, rest in ((extra[:half], extra[half:]), (extra[half:], extra[:half])):
            part_lex = {} if args.no_lexicon else {**common, **lexicon.build(rest + nerp[len(extra):] + nerp_valid),
                                                   **own_lex}
            data += [(w, t, part_lex) for w, t in part]
    return data, lex


def cross_validate(grit, nerp, nerp_valid, args) -> int:
    """K-fold scores over all of NERGrit: 2,000 sentences judge a change far more steadily than valid's 209."""
    import tempfile

    from linimasa.entities.rules import apply_rules

    gold, pred = [], []
    k = args.cv
    for fold in range(k):
        test = grit[fold::k]
        rest = [s for j, s in enumerate(grit) if j % k != fold]
        data, lex = training_set(rest, nerp, nerp_valid, args)
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            train(data, model, args.c1, args.c2, args.iterations, args.minfreq)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for words, tags in test:
                gold.append(tags)
                crf = list(tagger.tag(sentence_features(words, lex)))
                pred.append(apply_rules(words, crf) if args.rules else crf)
        print(f"fold {fold + 1}/{k}: micro F1 so far {score(gold, pred)['micro']['f1']:.4f}", flush=True)
    print(format_report(score(gold, pred)))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "linimasa" / "models" / "ner.crfsuite")
    ap.add_argument("--with-valid", action="store_true",
                    help="also train on NERGrit valid (not the shipped recipe; no NERGrit score is printed)")
    ap.add_argument("--nerp", type=float, default=1.0, help="fraction of NERP train sentences to add as training data")
    ap.add_argument("--no-lexicon", action="store_true", help="do not build the entity lexicon from NERP")
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.5)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--folds", type=int, default=5, help="out-of-fold NERGrit lexicon (1 = none)")
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation over NERGrit train+valid, then stop")
    ap.add_argument("--rules", action="store_true", help="with --cv: score the rule layer on top of the CRF")
    ap.add_argument("--minfreq", type=int, default=1, help="drop features seen fewer times (smaller model)")
    ap.add_argument("--no-idner", action="store_true", help="leave out idner2k train")
    ap.add_argument("--idner-weight", type=int, default=1, help="repeat each idner2k train sentence N times")
    ap.add_argument("--idner-as-is", action="store_true", help="keep idner2k's untagged country/city names")
    args = ap.parse_args(argv)

    grit_train = load(args.data_dir / "nergrit" / "train.txt")
    grit_valid = load(args.data_dir / "nergrit" / "valid.txt")
    nerp = load(args.data_dir / "nerp" / "train.txt")
    nerp_valid = load(args.data_dir / "nerp" / "valid.txt")
    idner_dir = args.data_dir / "idner2k"
    idner = [] if args.no_idner or not idner_dir.is_dir() else load(idner_dir / "train.txt")
    idner_dev = load(idner_dir / "dev.txt") if (idner_dir / "dev.txt").is_file() else []
    if idner and not args.idner_as_is:
        idner = harmonise_places(idner)
    random.Random(13).shuffle(nerp)
    if args.cv > 1:
        return cross_validate(grit_train + grit_valid, nerp, nerp_valid, args)
    # idner2k is cased news like NERGrit: it joins the cased corpus (and its out-of-fold own lexicon)
    grit = (grit_train + grit_valid if args.with_valid else list(grit_train)) + idner * max(1, args.idner_weight)
    data, lex = training_set(grit, nerp, nerp_valid, args)
    t0 = time.time()
    out = args.out
    lexicon.save(lex, out.with_name(out.stem.split(".")[0] + "_lexicon.tsv"))
    train(data, out, args.c1, args.c2, args.iterations, args.minfreq)
    print(f"trained on {len(data)} sentences in {time.time() - t0:.0f}s -> {out} ({out.stat().st_size // 1024} KB)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    for name, held_out in (("NERGrit valid", [] if args.with_valid else grit_valid), ("idner2k dev", idner_dev)):
        if held_out:
            pred = [list(tagger.tag(sentence_features(w, lex))) for w, _ in held_out]
            print(f"{name} (CRF alone, never trained on):")
            print(format_report(score([t for _, t in held_out], pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Quote evaluation: brat parsing and matching on hand-made files; floors on PolNeAR dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.evaluation.brat import all_annotations, pick_annotations, read_ann
from tacitus.evaluation.quotes import QuoteScores, evaluate_quotes, score_annotators, score_document
from tacitus.model import Document, Quote, Span
from tacitus.pipeline import Pipeline

TEXT = "The mayor said the bridge would reopen soon. Nothing else happened."
ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 30;31 43\tthe bridge would reopen soon\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)


def test_brat_attributions_keep_discontinuous_spans(tmp_path: Path) -> None:
    ann = tmp_path / "a_x1.ann"
    ann.write_text(ANN, encoding="utf-8")
    (att,) = read_ann(ann)
    assert att.content == ((15, 30), (31, 43)) and att.source == ((0, 9),) and att.cue == ((10, 14),)


def test_one_annotator_file_is_picked_per_article(tmp_path: Path) -> None:
    (tmp_path / "attributions").mkdir()
    for name in ("art_b2.ann", "art_a1.ann", "other_c3.ann"):
        (tmp_path / "attributions" / name).write_text(ANN, encoding="utf-8")
    assert {k: v.name for k, v in pick_annotations(tmp_path).items()} == {
        "art": "art_a1.ann",
        "other": "other_c3.ann",
    }


def test_every_annotator_file_is_listed_per_article(tmp_path: Path) -> None:
    (tmp_path / "attributions").mkdir()
    for name in ("art_b2.ann", "art_a1.ann", "other_c3.ann"):
        (tmp_path / "attributions" / name).write_text(ANN, encoding="utf-8")
    found = {k: [p.name for p in v] for k, v in all_annotations(tmp_path).items()}
    assert found == {"art": ["art_a1.ann", "art_b2.ann"], "other": ["other_c3.ann"]}


def _doc(content: tuple[int, int], speaker: tuple[int, int] | None) -> Document:
    q = Quote(
        id=0,
        content=Span(content[0], content[1], TEXT[content[0] : content[1]]),
        kind="indirect",
        sentence=0,
        speaker_text=Span(speaker[0], speaker[1], TEXT[speaker[0] : speaker[1]]) if speaker else None,
        cue=Span(10, 14, "said"),
    )
    return Document(id="d", text=TEXT, quotes=(q,))


def test_matching_counts_overlap_speaker_and_cue(tmp_path: Path) -> None:
    ann = tmp_path / "d_x.ann"
    ann.write_text(ANN, encoding="utf-8")
    scores = QuoteScores()
    score_document(_doc((15, 43), (0, 9)), read_ann(ann), scores)
    c = scores.counts[("overlap", 0.8)]
    assert (c.tp, c.fp, c.fn, c.speaker_ok, c.cue_ok) == (1, 0, 0, 1, 1)


def test_a_short_prediction_matches_at_low_threshold_only(tmp_path: Path) -> None:
    ann = tmp_path / "d_x.ann"
    ann.write_text(ANN, encoding="utf-8")
    scores = QuoteScores()
    score_document(_doc((15, 25), None), read_ann(ann), scores)  # "the bridge": 2 of 5 words
    assert scores.counts[("overlap", 0.3)].tp == 1
    assert scores.counts[("overlap", 0.8)].tp == 0
    assert scores.counts[("overlap", 0.3)].speaker_ok == 0


def test_annotator_mean_weighs_each_article_once(tmp_path: Path) -> None:
    agree, other = tmp_path / "d_a.ann", tmp_path / "d_b.ann"
    agree.write_text(ANN, encoding="utf-8")
    other.write_text(
        ANN.replace("15 30;31 43", "45 52").replace("Content:T3", "Content:T3"), encoding="utf-8"
    )
    scores = QuoteScores()
    score_annotators(_doc((15, 43), (0, 9)), [read_ann(agree), read_ann(other)], scores)
    c = scores.mean_counts[("overlap", 0.3)]
    assert (c.tp, c.fp, c.fn) == (0.5, 0.5, 0.5)
    assert c.scores()["precision"] == 0.5 and c.speaker_ok == 0.5


@pytest.mark.gold
@pytest.mark.model
def test_polnear_dev_floors(gold_dir: Path, pipeline: Pipeline) -> None:
    polnear = gold_dir / "polnear_dev"
    if not polnear.is_dir():
        pytest.skip("polnear_dev absent")
    scores = evaluate_quotes(polnear, pipeline)
    s = scores.counts[("overlap", 0.3)].scores()
    assert scores.multi_annotated and scores.mean_counts[("overlap", 0.3)].tp > 0
    # Floors a little under the measured figures (see the quotes report); raise them as the stage improves.
    assert s["precision"] >= 0.87
    assert s["recall"] >= 0.68
    assert s["speaker_accuracy"] >= 0.91
    assert s["cue_accuracy"] >= 0.93

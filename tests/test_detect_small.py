"""Small non-UTF-8 inputs that read as plain Western text in windows-1252 are decoded
without asking charset_normalizer (its first call in a process costs some 30 ms), and
get the answer detection gives: the quick check is held equal to the plain version."""
import pytest

from newsclean.read import SMALL_INPUT, decode, detect_by_statistics, plain_western

WESTERN = [
    "The café on the quay reopened on Monday, the owner said.",
    "Zoë Brünnhilde said the fares were “too steep” — about €4 more a week.",
    "Le ministre a déclaré à la presse : « nous sommes prêts », avant de quitter Paris.",
    "El alcalde dijo que la situación económica mejoró este año en la región.",
    "O governo anunciou a criação de uma comissão para a reforma da educação.",
    "Die Größe der Brücke überrascht die Bürger von Köln, sagte der Bürgermeister.",
    "Smörgåsbord och kaffe på Café Skärgården, sade ägaren Åsa Öberg.",
    "He said it was ‘over’ – and walked out… ™ © ® ° • all noted.",
    "Plain ASCII with one stray byte at the end of the line ñ",
    "Ærø and Fæþ are islands, the guide said; the ferry leaves at nine.",
]
# Texts whose bytes must be left to detection: other scripts and code pages.
OTHERS = [
    ("Правительство объявило о новых мерах поддержки экономики страны.", "cp1251"),
    ("Правительство объявило о новых мерах поддержки экономики страны.", "koi8_r"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης της οικονομίας.", "cp1253"),
    ("הממשלה הודיעה על צעדים חדשים לתמיכה בכלכלה.", "cp1255"),
    ("أعلنت الحكومة عن إجراءات جديدة لدعم الاقتصاد.", "cp1256"),
    ("市役所は月曜日、新しい図書館が来月開館すると発表した。", "shift_jis"),
    ("政府宣布了支持经济的新措施。", "gbk"),
    ("정부는 경제를 지원하기 위한 새로운 조치를 발표했다.", "euc_kr"),
    ("Zażółć gęślą jaźń, powiedział minister finansów w Warszawie.", "cp1250"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr.", "cp1250"),
]


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("text", WESTERN)
@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "iso8859-15"])
def test_western_text_is_read_quickly_and_as_detection_reads_it(text, codec):
    try:
        data = (text + "\n").encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"{codec} cannot write this text")
    quick = plain_western(data)
    assert quick is not None
    assert (quick, "cp1252") == detect_by_statistics(data)
    assert decode(data) == (quick, "cp1252")


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("text, codec", OTHERS)
def test_other_scripts_and_code_pages_are_left_to_detection(text, codec):
    data = (text + "\n").encode(codec)
    assert plain_western(data) is None
    assert decode(data) == detect_by_statistics(data)


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("text", WESTERN[:4])
def test_utf8_is_never_taken_for_windows_1252(text):
    assert plain_western(text.encode("utf-8")) is None


@pytest.mark.speed_equivalence
def test_a_large_input_goes_to_detection_whatever_it_holds(monkeypatch):
    data = ((WESTERN[1] + "\n") * (SMALL_INPUT // 40)).encode("cp1252")
    assert len(data) > SMALL_INPUT
    called = []
    monkeypatch.setattr("newsclean.read.plain_western", lambda d: called.append(d))
    assert decode(data) == detect_by_statistics(data)
    assert called == []


@pytest.mark.speed_equivalence
def test_mostly_accented_words_are_left_to_detection():
    # Every character is Western, but one letter in four accented is no Western prose.
    assert plain_western("éa éb éc éd ée éf".encode("cp1252")) is None

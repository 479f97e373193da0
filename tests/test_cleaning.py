"""Page furniture in each language: a list of links to other stories names places that
must never be pinned. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize("text,language,kept,dropped", [
    # Title-case link titles would read as headlines without the list's header.
    ("Azerbaijani forces shelled Sotk yesterday, Armenia's defence ministry said.\n\n"
     "You may also like\nAzerbaijani Forces Shell Villages Near Shusha\n", "en", "Sotk",
     "Shusha"),
    ("Azerbaijani forces shelled Sotk yesterday, Armenia's defence ministry said.\n\n"
     "More from Caucasus\nAzerbaijani Troops Shell Shusha Outskirts Overnight\n", "en", "Sotk",
     "Shusha"),
    ("Hier, l'armée azerbaïdjanaise a bombardé Sotk, a annoncé le ministère arménien.\n\n"
     "À voir aussi\nL'Armée Azerbaïdjanaise Bombarde Les Environs De Choucha\n", "fr", "Sotk",
     "Shusha"),
    # Lower-case link titles after body text are page furniture anyway; the list headers
    # are recognised all the same.
    ("Азербайджанские военные вчера обстреляли Сотк, сообщило Минобороны Армении.\n\n"
     "Смотрите также:\nОбстрел Шуши: новые подробности\n", "ru", "Sotk", "Shusha"),
    ("Ermənistan silahlı qüvvələri dünən Tovuz rayonu istiqamətində mövqelərimizi atəşə "
     "tutub, Müdafiə Nazirliyi bildirib.\n\nBu mövzuda\nŞuşa atəşə tutulub\n", "az",
     "Tovuz District", "Shusha"),
    ("Երեկ ադրբեջանական զինուժը կրակ է բացել Սոթքի ուղղությամբ, հայտնում է ՀՀ ՊՆ-ն։\n\n"
     "Կարդացեք նաև\nՇուշիում կրակոցներ են հնչել\n", "hy", "Sotk", "Shusha"),
])
def test_a_related_list_after_the_story_is_never_pinned(pipeline, text, language, kept,
                                                          dropped):
    from geo import Article
    from geo.cleaning import classify_lines

    incidents = pipeline.analyse(Article("t", text, PUBLISHED, language=language)).incidents
    names = {i.place.name for i in incidents if i.place is not None}
    assert kept in names
    assert not any(dropped in n for n in names), names
    header = text.split("\n\n")[1].split("\n")[0]
    kinds = {text[line.start:line.end]: line.kind for line in classify_lines(text)}
    assert kinds[header] == "furniture"


@pytest.mark.parametrize("text,language,kept,dropped", [
    ("Azerbaijani forces shelled Sotk yesterday, Armenia's defence ministry said.\n\n"
     "Comments (2)\nAnna, Yerevan: My cousin says troops also fired on Jermuk last night.\n"
     "Tigran: Shame on them.\n", "en", "Sotk", "Jermuk"),
    ("Ermənistan silahlı qüvvələri dünən Tovuz rayonu istiqamətində mövqelərimizi atəşə "
     "tutub, Müdafiə Nazirliyi bildirib.\n\nŞərhlər (2)\nElvin: Dünən Qazax istiqamətində də "
     "atəş açılıb, eşitmişəm.\nSevda: Allah qorusun.\n", "az", "Tovuz District", "Gazakh"),
    ("Азербайджанские военные вчера обстреляли Сотк, сообщило Минобороны Армении.\n\n"
     "Комментарии 2\nИван: Вчера и Джермук обстреляли, мне брат писал.\n", "ru", "Sotk",
     "Jermuk"),
])
def test_readers_comments_after_the_story_are_never_pinned(pipeline, text, language, kept,
                                                            dropped):
    """Readers' hearsay under a comments header is no report, though it is written in
    sentences that name places and attacks."""
    from geo import Article
    from geo.cleaning import classify_lines

    incidents = pipeline.analyse(Article("t", text, PUBLISHED, language=language)).incidents
    names = {i.place.name for i in incidents if i.place is not None}
    assert kept in names
    assert not any(dropped in n for n in names), names
    story, _ = text.split("\n\n")
    kinds = [line.kind for line in classify_lines(text) if line.start > len(story)]
    assert kinds and set(kinds) == {"furniture"}


def test_a_comment_counter_above_the_story_does_not_hide_it(pipeline):
    from geo import Article

    text = ("Shelling near Sotk\nComments 0\n\nAzerbaijani forces shelled Sotk yesterday, "
            "Armenia's defence ministry said.\n")
    incidents = pipeline.analyse(Article("t", text, PUBLISHED, language="en")).incidents
    assert "Sotk" in {i.place.name for i in incidents if i.place is not None}


def test_a_hard_wrapped_paragraph_is_one_line_of_body(pipeline):
    """Plain-text feeds and PDF text wrap paragraphs at a fixed width: a wrapped line is no
    headline, and a sentence goes on across the break."""
    from geo import Article
    from geo.cleaning import classify_lines

    text = ("Border village shelled\n\n"
            "Armenia's defence ministry said on Tuesday that Azerbaijani\n"
            "units had fired mortars at positions near the village of\n"
            "Sotk overnight, wounding two soldiers.\n\n"
            "Baku rejected the report as false and said its units had not\n"
            "opened fire.\n")
    kinds = [(text[line.start:line.end].split("\n")[0], line.kind)
             for line in classify_lines(text)]
    assert kinds == [("Border village shelled", "headline"),
                     ("Armenia's defence ministry said on Tuesday that Azerbaijani", "body"),
                     ("Baku rejected the report as false and said its units had not", "body")]
    incidents = pipeline.analyse(Article("t", text, PUBLISHED, language="en")).incidents
    sotk = next(i for i in incidents if i.place is not None and i.place.name == "Sotk")
    assert sotk.date.iso() == "2024-04-30" and sotk.attacker == "AZ"
    assert [c.wounded for c in sotk.claims if c.side == "AM"] == [2]
    assert ("AZ", "denied") in [(c.side, c.status) for c in sotk.claims]


def test_lines_that_each_stand_alone_stay_apart():
    """A title over its dateline, and a byline, are not one wrapped paragraph: the next line
    opens with a capital or the line ends a sentence."""
    from geo.cleaning import classify_lines

    text = ("Armenia says Azerbaijani troops shelled Sotk overnight\n"
            "YEREVAN, May 2 (Wire) - Azerbaijani troops shelled Sotk overnight.\n"
            "By Anna Petrosyan, staff correspondent in Yerevan.\n"
            "more to follow\n")
    assert len(classify_lines(text)) == 4


def test_words_broken_at_wrapped_line_ends_are_read_whole_and_quoted_as_written(pipeline):
    """"воскре-" / "сенье" is Sunday and "об-" / "стреляли" shelled; every quote, surface
    and offset still points at the text as written, hyphens and line breaks included."""
    from geo import Article

    text = ("Обстрел в Гедабекском районе\n\n"
            "По данным Минобороны Азербайджана, в воскре-\n"
            "сенье армянские подразделения из минометов об-\n"
            "стреляли позиции у села Кар-\n"
            "мирахбюр и в Гедабекском районе.\n")
    analysis = pipeline.analyse(Article("t", text, PUBLISHED, language="ru"))
    gadabay = next(i for i in analysis.incidents if i.place_name == "Гедабекском")
    assert gadabay.date.iso() == "2024-04-28" and gadabay.event_type == "shelling"
    quotes = [e for i in analysis.incidents for e in i.evidence] + \
        [e for i in analysis.incidents for c in i.claims for e in c.evidence]
    assert any("воскре-\nсенье" in e.quote for e in quotes)
    for e in quotes:
        assert text[e.start:e.end] == e.quote
    for m in analysis.mentions:
        assert text[m.start:m.end] == m.surface
    assert any(m.surface == "Кар-\nмирахбюр" for m in analysis.mentions)


def test_a_wrapped_line_ending_in_a_short_word_goes_on_in_capitals(pipeline):
    """"… said on Tuesday that" / "Azerbaijani units …": no title ends in "that", so the
    paragraph goes on; the speaker and the day stay with the report."""
    from geo import Article

    text = ("Border village shelled\n\n"
            "Armenia's defence ministry said on Tuesday that\n"
            "Azerbaijani units had fired mortars at positions near the village of\n"
            "Sotk, wounding two soldiers.\n")
    incidents = pipeline.analyse(Article("t", text, PUBLISHED, language="en")).incidents
    sotk = next(i for i in incidents if i.place is not None)
    assert sotk.date.iso() == "2024-04-30"
    assert [(c.claimant, c.side) for c in sotk.claims] == [("Armenia's defence ministry", "AM")]

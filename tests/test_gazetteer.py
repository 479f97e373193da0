"""The gazetteer as a user sees it: names in any script or spelling find the right place,
imported places take part in matching, bad imports are refused with file and line."""

from __future__ import annotations

import pytest
from conftest import km

from gazetteer import Gazetteer, ImportFormatError, fold, import_file, skeleton
from gazetteer.sources import read_user_file


@pytest.mark.parametrize("name,lat,lon,country", [
    ("Goris", 39.511, 46.342, "AM"), ("Гориса", 39.511, 46.342, "AM"),
    ("Sotk", 40.200, 45.870, "AM"), ("Sot'k", 40.200, 45.870, "AM"), ("Сотк", 40.200, 45.870, "AM"),
    ("Jermuk", 39.839, 45.671, "AM"), ("Джермук", 39.839, 45.671, "AM"),
    ("Kelbajar", 40.110, 46.044, "AZ"), ("Kalbajar", 40.110, 46.044, "AZ"),
    ("Kəlbəcər", 40.110, 46.044, "AZ"), ("Karvachar", 40.110, 46.044, "AZ"),
    ("Dashkesan", 40.524, 46.082, "AZ"), ("Daşkəsən", 40.524, 46.082, "AZ"),
    ("Lachin", 39.637, 46.550, "AZ"), ("Laçın", 39.637, 46.550, "AZ"), ("Berdzor", 39.637, 46.550, "AZ"),
    ("Karakilise", 39.522, 46.027, "AM"), ("Qarakilsə", 39.522, 46.027, "AM"),
    ("Stepanakert", 39.816, 46.752, "AZ"), ("Xankəndi", 39.816, 46.752, "AZ"),
    ("Moskow", 55.752, 37.616, "RU"), ("Rusia", None, None, "RU"), ("Prancis", None, None, "FR"),
])
def test_names_in_many_scripts_and_spellings(gazetteer, name, lat, lon, country):
    best = gazetteer.lookup(name)[0]
    assert best.place.country == country, (name, best)
    if lat is not None:
        assert km(best.place.lat, best.place.lon, lat, lon) < 10, (name, best.place)


def test_regions_resolve_with_coarse_kind(gazetteer):
    for name in ("Nagorno-Karabakh", "Kaukasus Selatan", "Dağlık Karabağ"):
        best = gazetteer.lookup(name)[0].place
        assert best.kind == "region", (name, best)


def test_misspelling_is_found_but_never_beats_an_exact_name(gazetteer):
    assert gazetteer.lookup("Jermukk")[0].reason == "spelling variant"
    fuzzy = gazetteer.lookup("Jrmuk")
    assert fuzzy and fuzzy[0].place.name == "Jermuk" and "fuzzy" in fuzzy[0].reason
    exact = gazetteer.lookup("Goris")[0]
    assert exact.reason.startswith("exact") and exact.score > fuzzy[0].score


def test_a_name_with_another_qualifier_is_no_misspelling(gazetteer):
    # Nerkin (lower) Shorzha is a village of its own, not a misspelt Verin (upper) Shorzha
    assert [c.place.name for c in gazetteer.lookup("Nerkin Shorzha")] == []
    assert [c.place.name for c in gazetteer.lookup("Неркин Шоржа")] == []
    assert gazetteer.lookup("Verin Shorzh")[0].place.name == "Verin Shorzha"


def test_folding_handles_azerbaijani_letters_apostrophes_and_scripts():
    assert fold("Kəlbəcər") == fold("Kelbecer") == "kelbecer"
    assert fold("Sot’k") == fold("Sotk") == fold("Սոթք")
    assert skeleton("Kelbajar") == skeleton("Kəlbəcər") == skeleton("Кельбаджар")


def test_country_filter_and_near_point(gazetteer):
    from gazetteer import NearPoint

    assert all(c.place.country == "AZ" for c in gazetteer.lookup("Lachin", country="AZ"))
    near = gazetteer.lookup("Armenia", near=NearPoint(4.53, -75.68))[0]  # the Colombian city
    assert near.place.country == "CO"


def test_names_like_a_misspelling_come_from_nearby_places_only(gazetteer):
    """Candidates for a misspelt "Sok" near Goris: Sotk (45 km away) is one; places of
    the same spelling far away are not, nor names of another length or first letter."""
    near = gazetteer.names_like("sok", 39.51, 46.34, 100.0)
    places = {gazetteer.place(row).name for _, row in near}
    assert "Sotk" in places
    assert all(name[0] == "s" and abs(len(name) - 3) <= 2 for name, _ in near)
    assert all(km(gazetteer.place(row).lat, gazetteer.place(row).lon, 39.51, 46.34) <= 100
               for _, row in near)
    # A town named "Sotk" would be found around Goris but not from Paris.
    assert "sotk" not in {name for name, _ in gazetteer.names_like("sok", 48.86, 2.35, 100.0)}


@pytest.mark.parametrize("name,lat,lon,country,kind", [
    ("Bavaria", 48.9, 11.4, "DE", "region"), ("Bayern", 48.9, 11.4, "DE", "region"),
    ("Ontario", 50.0, -86.0, "CA", "region"), ("Cook County", 41.84, -87.82, "US", "district"),
    ("Sri Lankan", 7.9, 80.7, "LK", "country"), ("Ivorian", 7.5, -5.5, "CI", "country"),
])
def test_world_subdivisions_counties_and_demonyms(gazetteer, name, lat, lon, country, kind):
    best = gazetteer.lookup(name)[0].place
    assert (best.country, best.kind) == (country, kind), (name, best)
    assert km(best.lat, best.lon, lat, lon) < 250, (name, best)


@pytest.mark.parametrize("name,lat,lon,within_km", [
    ("Jalur Gaza", 31.42, 34.38, 25), ("Сектор Газа", 31.42, 34.38, 25),
    ("Tepi Barat", 31.95, 35.25, 60), ("Кавказ", 42.5, 44.5, 350),
    ("Güney Osetya", 42.25, 44.1, 40), ("Donbas", 48.3, 38.3, 120), ("Darfur", 13.0, 24.5, 300),
    ("Timur Tengah", 29.0, 42.0, 800), ("Chechnya", 43.3, 45.7, 60), ("NSW", -32.2, 147.0, 100),
])
def test_regions_that_are_no_single_unit_and_region_aliases(gazetteer, name, lat, lon,
                                                            within_km):
    best = gazetteer.lookup(name)[0].place
    assert best.kind == "region", (name, best)
    assert km(best.lat, best.lon, lat, lon) < within_km, (name, best)


def test_every_region_group_member_is_a_known_place(gazetteer):
    from gazetteer import sources

    for row in sources._data_rows(sources.GROUPS):
        for member in row["members"].split("|"):
            assert gazetteer.get(member) is not None, (row["id"], member)
        assert gazetteer.get(f"group:{row['id']}") is not None, row["id"]


def test_world_subdivisions_do_not_displace_border_places(gazetteer):
    # Armenia's provinces come from the curated supplement, not the world table.
    for name in ("Syunik Province", "Tavush Province", "Gegharkunik"):
        best = gazetteer.lookup(name)[0].place
        assert best.country == "AM" and best.source == "border", (name, best)
    # A county is only found by its full name: the bare word stays a town or nothing.
    assert all(c.place.kind != "district" for c in gazetteer.lookup("Cook", fuzzy=False))
    # A province keeps a bare name only if no bigger town abroad has it: "Gaza" is the city,
    # Mozambique's province is "Gaza Province".
    assert gazetteer.lookup("Gaza")[0].place.country == "PS"
    assert gazetteer.lookup("Gaza Province")[0].place.country == "MZ"


def test_subdivisions_and_demonyms_are_found_in_english_text(pipeline):
    from geo import WORLD, Article, Pipeline

    text = ("Storms flooded farms across Bavaria on Monday. Officials in Cook County, "
            "which includes Chicago, opened shelters, and Sri Lankan rescuers flew to Ontario.")
    found = Pipeline(pipeline.gazetteer, region=WORLD).analyse(Article("t", text)).mentions
    by_surface = {m.surface: m.place for m in found if m.place is not None}
    assert by_surface["Bavaria"].country == "DE"
    assert by_surface["Cook County"].country == "US"
    assert km(by_surface["Cook County"].lat, by_surface["Cook County"].lon, 41.88, -87.63) < 50
    assert by_surface["Ontario"].country == "CA"
    assert by_surface["Sri Lankan"].country == "LK"


CSV = "name,lat,lon,kind,country,alt_names\nZarnitsa Ridge,40.31,45.95,mountain,AM,Zarnitsa|Зарница\n"
DUMP = ("9999001\tNovaselo\tNovaselo\tNovoselo,Новосело\t40.41\t45.33\tP\tPPL\tAM\t\t04\t\t\t\t"
        "700\t\t1900\tAsia/Yerevan\t2024-01-01\n")


def _small(tmp_path, *files):
    return Gazetteer.load(cache_dir=tmp_path / "cache", extra_files=files, include_world=False)


@pytest.mark.parametrize("text,language,expected", [
    ("Talks between the two foreign ministers resumed in Washington on Monday.", "en", "US-DC"),
    ("Les ministres se sont retrouvés à Washington lundi.", "fr", "US-DC"),
    ("A cow from a Washington state farm tested positive, officials said.", "en", "US-WA"),
    ("Floods closed roads across the state of Washington on Monday.", "en", "US-WA"),
    # Next to Armenia, a "state" word does not make Georgia a US state.
    ("Georgia state officials met Armenian officials in Tbilisi on Monday.", "en", "GE"),
])
def test_a_capital_named_like_a_province_is_the_capital_unless_a_state_is_meant(
        pipeline, text, language, expected):
    from geo import WORLD, Article, Pipeline

    found = Pipeline(pipeline.gazetteer, region=WORLD).analyse(
        Article("t", text, language=language)).mentions
    place = next(m.place for m in found if m.surface in ("Washington", "Georgia"))
    if expected == "US-DC":
        assert place.country == "US" and km(place.lat, place.lon, 38.90, -77.04) < 20, place
    elif expected == "US-WA":
        assert place.kind == "region" and km(place.lat, place.lon, 47.5, -120.5) < 300, place
    else:
        assert place.country == expected, place


def test_imported_csv_and_geonames_dump_are_found_in_text(tmp_path):
    from geo.pipeline import Pipeline
    from geo.records import Article

    csv_file = tmp_path / "ridges.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    dump = tmp_path / "AM.txt"
    dump.write_text(DUMP, encoding="utf-8")
    stored_csv, n_csv = import_file(csv_file, tmp_path / "imports")
    stored_dump, n_dump = import_file(dump, tmp_path / "imports")
    assert (n_csv, n_dump) == (1, 1)
    gaz = _small(tmp_path, stored_csv, stored_dump)
    assert gaz.lookup("Зарница")[0].place.name == "Zarnitsa Ridge"
    text = ("YEREVAN (Wire) - Armenia's defence ministry said on Tuesday, 13 September 2022, that "
            "Azerbaijani forces shelled positions on Zarnitsa Ridge and near the village of "
            "Novaselo, wounding two soldiers.\n")
    incidents = Pipeline(gaz).analyse(Article("imported", text)).incidents
    names = {i.place.name for i in incidents if i.place}
    assert {"Zarnitsa Ridge", "Novaselo"} <= names


@pytest.mark.parametrize("content,message", [
    ("name,lat,lon\nA,nan,45\n", "lat is 'nan'"),
    ("name,lat,lon\nA,120.5,45\n", "latitude 120.5 is outside -90..90"),
    ("name,lat,lon\nA,45.5,100.5\nB,95,40\n", "swapped"),
    ("name,lat,lon\nA,40,200\n", "longitude 200.0 is outside"),
    ("place,y,x\nA,40,45\n", "missing column(s) lat, lon, name"),
    ("name,lat,lon\n,40,45\n", "empty name"),
])
def test_bad_imports_name_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as err:
        read_user_file(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert ":2:" in str(err.value) or ":3:" in str(err.value) or ":1:" in str(err.value)


def test_index_is_rebuilt_when_the_inputs_change(tmp_path):
    csv_file = tmp_path / "one.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    first = _small(tmp_path, csv_file)
    csv_file.write_text(CSV.replace("Zarnitsa Ridge", "Zarya Ridge"), encoding="utf-8")
    second = _small(tmp_path, csv_file)
    assert first.folder != second.folder
    assert second.lookup("Zarya Ridge") and not second.lookup("Zarnitsa Ridge", fuzzy=False)


def test_russian_case_endings_restore_the_nominative(pipeline):
    from geo import Article

    text = ("Азербайджанские военные обстреляли позиции в Лачине и Шуше, сообщило "
            "Минобороны Армении.")
    found = {m.surface: m.place for m in
             pipeline.analyse(Article("ru", text, language="ru")).mentions if m.place}
    assert found["Армении"].id == "country:AM"  # -ии → -ия, not the Greek village Arméni
    assert found["Шуше"].name == "Shusha"  # -е → -а
    assert found["Лачине"].name == "Lachin"


def test_armenian_case_endings_whatever_the_detected_language(pipeline):
    from geo import Article

    text = "Ադրբեջանական զինուժը հրետակոծել է Գորիսի, Սոթքի և Ջերմուկի ուղղությամբ դիրքերը։"
    found = {m.surface: m.place for m in pipeline.analyse(Article("hy", text)).mentions}
    # "Gorisi" alone is an alternate name of Gourcy, Burkina Faso; the genitive -ի wins here.
    assert [found[w].name for w in ("Գորիսի", "Սոթքի", "Ջերմուկի")] == ["Goris", "Sotk", "Jermuk"]


def test_a_border_village_s_turkish_spelling_is_its_name(gazetteer):
    assert gazetteer.lookup("Dondar Kuşçu")[0].place.id == "az-dondar-gushchu"
    assert gazetteer.lookup("Dondar Kuşçu")[0].reason == "alternate name"


def test_a_geonames_alternate_another_border_place_goes_by_names_that_place(gazetteer):
    """GeoNames lists "Tovuz" among Berd's old names and "Sisavan" among Sisian's; the
    supplement holds the Azerbaijani town Tovuz and the village Sisavan, so the names are
    theirs alone."""
    def places(name):
        return {gazetteer.place(row).id for row, _ in gazetteer.rows(name)}

    assert "am-berd" not in places("tovuz") and "az-tovuz" in places("tovuz")
    assert places("sisavan") == {"am-sisavan"}
    # and Berd keeps the names that are its own
    assert "am-berd" in places("berd") and "am-berd" in places("tovuzqala")


def test_tovuz_told_beside_berd_is_the_azerbaijani_town(pipeline):
    from geo import Article

    """Tovuz is an old name of the Armenian village Tavush too; a bulletin that names many
    Armenian places the fire came from still means the town in Azerbaijan."""
    text = ("С позиций у села Сотк Басаркечарского района армянские подразделения обстреляли "
            "позиции в направлении Кельбаджара. С позиций у села Чинари Бердского района "
            "армянские подразделения обстреляли позиции азербайджанской армии в направлении "
            "Товуза.")
    analysis = pipeline.analyse(Article("t", text, language="ru"))
    place = {m.surface: m.place for m in analysis.mentions}["Товуза"]
    assert place.country == "AZ", place

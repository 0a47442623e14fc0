"""Importing members from a spreadsheet: the dry run, the import, and doing it twice."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from tribuna.members import member_import
from tribuna.members.csv_reading import UnreadableFile, read_table
from tribuna.members.models import Consent, ImportRun, Member, Status, StatusChange

TODAY = timezone.localdate()
NEXT_YEAR = (TODAY + dt.timedelta(days=200)).strftime("%d/%m/%Y")
LONG_AGO = (TODAY - dt.timedelta(days=400)).isoformat()


def csv_bytes(*rows, encoding="utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


HEADINGS = ["Full name", "E-mail address", "Membership", "Paid up to", "Pays by", "Ref", "Post code", "Newsletter", "Phone"]
GOOD_ROWS = [
    ["Ana Peña", "Ana@Example.net", "Individual", NEXT_YEAR, "Standing order", "SO-0042", "n1 1aa", "yes", "0123"],
    ["Bruno Díaz", "bruno@example.net", "concession", LONG_AGO, "bank transfer", "", "", "no", ""],
]


def test_a_spreadsheet_is_read_in_its_own_words():
    table = read_table(csv_bytes(HEADINGS, *GOOD_ROWS, encoding="cp1252"))
    assert table.encoding == "Windows-1252"
    assert table.ignored == ["Phone"]
    line, first = table.rows[0]
    assert line == 2 and first["name"] == "Ana Peña" and first["payment_method"] == "Standing order"

    semicolons = read_table("\ufeffE-mail;Name\nrosa@example.net;Rosa\n".encode())
    assert semicolons.encoding == "UTF-8" and semicolons.rows[0][1] == {"email": "rosa@example.net", "name": "Rosa"}


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04 a workbook", "Save it as CSV"),
        (b"", "empty"),
        (b"Name,Phone\nAna,0123\n", "No e-mail column"),
        (b"Email,E-mail address\na@example.net,b@example.net\n", "mean the same thing"),
    ],
)
def test_files_that_cannot_be_imported_say_why(data, message):
    with pytest.raises(UnreadableFile, match=message):
        read_table(data)


def test_the_check_writes_nothing_and_explains_each_refused_row(demo_site):
    Member.objects.all().delete()
    rows = GOOD_ROWS + [
        ["Carla", "not-an-address", "individual", "", "", "", "", "", ""],
        ["Dora", "dora@example.net", "Gold", "31 Febtember 2027", "", "", "", "maybe", ""],
        ["", "eve@example.net", "", "", "", "", "", "", ""],
        ["Ana again", "ana@example.net", "individual", "", "", "", "", "", ""],
        ["Fe", "fe@example.net", "individual", "", "", "so-0042", "", "", ""],
        ["Gil", "gil@example.net", "individual", "", "", "", "", "", ""],
    ]
    report = member_import.check(read_table(csv_bytes(HEADINGS, *rows)))
    assert not Member.objects.exists()
    assert report.summary() == {"create": 3, "update": 0, "unchanged": 0, "error": 5}
    problems = {row.line: " ".join(row.errors) for row in report.errors}
    assert "not an e-mail address" in problems[4]
    assert "No plan called “Gold”" in problems[5] and "not a date" in problems[5] and "not yes or no" in problems[5]
    assert "name is missing" in problems[6] and "plan is missing" in problems[6]
    assert "same e-mail address is on line 2" in problems[7]
    assert "same payment reference is on line 2" in problems[8]
    assert 9 not in problems  # no date: a pending member, waiting for a first payment


@pytest.mark.django_db(transaction=True)
def test_importing_twice_changes_nothing_the_second_time(demo_site, outbox):
    table = read_table(csv_bytes(HEADINGS, *GOOD_ROWS))
    first = member_import.apply(table)
    assert first.summary() == {"create": 2, "update": 0, "unchanged": 0, "error": 0}

    ana = Member.objects.get(email="ana@example.net")
    assert (ana.name, ana.plan.slug, ana.status, ana.payment_reference, ana.postcode) == (
        "Ana Peña", "individual", Status.ACTIVE, "SO-0042", "N1 1AA"
    )
    assert ana.expires_on == dt.datetime.strptime(NEXT_YEAR, "%d/%m/%Y").date()
    assert ana.user.email == "ana@example.net"  # she can ask for a sign-in link
    assert Member.objects.get(email="bruno@example.net").status == Status.LAPSED
    assert list(ana.status_changes.values_list("to_status", "reason")) == [("active", "CSV import")]
    consent = Consent.objects.get(member=ana)
    assert consent.given and "imported" in consent.wording
    assert outbox() == []  # an import is not a join: nobody is mailed

    again = member_import.apply(table)
    assert again.summary() == {"create": 0, "update": 0, "unchanged": 2, "error": 0}
    assert Member.objects.count() == 2 and StatusChange.objects.count() == 2 and Consent.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_later_file_updates_members_and_leaves_history(demo_site):
    member_import.apply(read_table(csv_bytes(HEADINGS, *GOOD_ROWS)))
    bruno = Member.objects.get(email="bruno@example.net")
    Consent.objects.create(member=bruno, topic="newsletter", given=True, wording="Yes please", source="account page")

    renewed = (TODAY + dt.timedelta(days=100)).isoformat()
    report = member_import.apply(read_table(csv_bytes(["Email", "Paid up to", "Newsletter"], ["BRUNO@example.net", renewed, "no"])))
    assert report.summary()["update"] == 1
    bruno.refresh_from_db()
    assert bruno.status == Status.ACTIVE and bruno.expires_on.isoformat() == renewed
    change = bruno.status_changes.last()
    assert (change.from_status, change.to_status) == (Status.LAPSED, Status.ACTIVE)
    # The member's own later choice outranks an old spreadsheet.
    assert bruno.consents.order_by("-recorded_at", "-pk").first().given is True


@pytest.mark.django_db(transaction=True)
def test_the_desk_export_imports_back_unchanged(client, demo_site):
    member_import.apply(read_table(csv_bytes(HEADINGS, *GOOD_ROWS, ["=1+2", "calc@example.net", "individual", NEXT_YEAR, "", "", "", "", ""])))
    client.force_login(get_user_model().objects.create_superuser(email="sec@example.org", password=None))
    exported = b"".join(client.get("/admin/members/", {"export": "csv"}).streaming_content)
    report = member_import.check(read_table(exported))
    assert report.summary() == {"create": 0, "update": 0, "unchanged": 3, "error": 0}


def test_a_language_column_sets_the_language_of_every_mail(demo_site):
    rows = [
        ["Name", "E-mail", "Plan", "Paid up to", "Idioma"],
        ["Lucía Mamani", "lucia@example.net", "individual", NEXT_YEAR, "Español"],
        ["Rosa Quispe", "rosa@example.net", "individual", NEXT_YEAR, "es"],
        ["Tom Hart", "tom@example.net", "individual", NEXT_YEAR, "English"],
        ["Ana Peña", "ana@example.net", "individual", NEXT_YEAR, ""],
        ["Kor", "kor@example.net", "individual", NEXT_YEAR, "Klingon"],
    ]
    report = member_import.apply(read_table(csv_bytes(*rows)))
    assert report.summary() == {"create": 4, "update": 0, "unchanged": 0, "error": 1}
    assert [error.errors for error in report.errors] == [["Language: “Klingon” is not one we know."]]
    languages = dict(Member.objects.values_list("email", "language"))
    assert languages == {
        "lucia@example.net": "es", "rosa@example.net": "es", "tom@example.net": "en-gb", "ana@example.net": "en-gb"
    }
    # A later file may change it; an empty cell leaves it.
    rows = [["E-mail", "Language"], ["tom@example.net", "spanish"], ["lucia@example.net", ""]]
    assert member_import.apply(read_table(csv_bytes(*rows))).summary()["update"] == 1
    assert Member.objects.get(email="tom@example.net").language == "es"
    assert Member.objects.get(email="lucia@example.net").language == "es"


def test_imported_members_who_said_yes_get_the_newsletters_members_get(demo_site):
    from tribuna.newsletters.models import Newsletter, Subscriber, SubscriberStatus

    for_members = set(Newsletter.objects.filter(members_by_consent=True).values_list("slug", flat=True))
    assert for_members
    # Carla already reads the Peru Update as a reader: her record is joined, not doubled.
    carla = Subscriber.objects.create(email="carla@example.net", name="Carla", status=SubscriberStatus.SUBSCRIBED)
    rows = [
        ["Name", "E-mail", "Plan", "Paid up to", "Newsletter", "Language"],
        ["Ana Peña", "ana@example.net", "individual", NEXT_YEAR, "yes", "es"],
        ["Bruno Díaz", "bruno@example.net", "individual", NEXT_YEAR, "no", ""],
        ["Carla Ruiz", "Carla@Example.net", "individual", NEXT_YEAR, "yes", ""],
    ]
    member_import.apply(read_table(csv_bytes(*rows)))

    ana = Subscriber.objects.get(email="ana@example.net")
    assert ana.member == Member.objects.get(email="ana@example.net")
    assert ana.status == SubscriberStatus.SUBSCRIBED and ana.language == "es"
    assert set(ana.newsletters.values_list("slug", flat=True)) == for_members
    assert {(c.newsletter.slug, c.given, c.wording) for c in ana.consents.all()} == {
        (slug, True, member_import.CONSENT_WORDING) for slug in for_members
    }
    assert not Subscriber.objects.filter(email="bruno@example.net").exists()
    carla.refresh_from_db()
    assert carla.member == Member.objects.get(email="carla@example.net")
    assert for_members <= set(carla.newsletters.values_list("slug", flat=True))
    assert Subscriber.objects.filter(email="carla@example.net").count() == 1


def test_rows_are_written_in_batches_not_one_by_one(demo_site, count_queries):
    def queries_for(n):
        rows = [[f"Person {i}", f"p{i}@example.net", "individual", NEXT_YEAR, "", "", "", "yes", ""] for i in range(n)]
        table = read_table(csv_bytes(HEADINGS, *rows))
        with count_queries() as queries:
            member_import.apply(table)
        return len(queries)

    few, many = queries_for(20), queries_for(400)
    # The database's limit on parameters per statement sets the batch size (SQLite: ~50 members).
    assert many - few <= 380 / 10


def test_checking_existing_members_takes_the_same_queries_for_many(demo_site, count_queries):
    def rows(n):
        return [[f"Person {i}", f"p{i}@example.net", "concession", NEXT_YEAR, "", "", "", "", ""] for i in range(n)]

    member_import.apply(read_table(csv_bytes(HEADINGS, *rows(400))))

    def queries_to_check(n):
        table = read_table(csv_bytes(HEADINGS, *rows(n)))
        with count_queries() as queries:
            report = member_import.check(table)
        assert report.summary()["unchanged"] == n
        return len(queries)

    assert queries_to_check(10) == queries_to_check(400)


# --- the desk ------------------------------------------------------------------------------


@pytest.fixture
def secretary(client, demo_site):
    user = get_user_model().objects.create_superuser(email="secretary@example.org", password=None)
    client.force_login(user)
    return user


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", reload=False, verbosity=0)


def upload(client, data: bytes, name="members.csv"):
    return client.post("/admin/members/import/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


@pytest.mark.django_db(transaction=True)
def test_the_secretary_checks_then_imports_with_progress(client, secretary):
    listing = client.get("/admin/members/").content.decode()
    assert "/admin/members/import/" in listing  # the button on the member list

    bad = ["<b>Ze</b>", "<script>alert(1)</script>", "individual", "", "", "", "", "", ""]
    response = upload(client, csv_bytes(HEADINGS, *GOOD_ROWS, bad))
    assert response.status_code == 302
    run_page = response["Location"]
    waiting = client.get(run_page).content.decode()
    assert "Waiting to be checked" in waiting and 'http-equiv="refresh"' in waiting
    assert not Member.objects.filter(email="bruno@example.net").exists()

    run_worker()
    checked = client.get(run_page).content.decode()
    assert "2 new members" in checked and "1 row with errors" in checked
    assert "Columns not imported: Phone" in checked
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in checked and "<script>alert(1)" not in checked
    assert 'http-equiv="refresh"' not in checked
    assert not Member.objects.filter(email="bruno@example.net").exists()

    errors = client.get(run_page + "errors.csv")
    assert list(csv.reader(io.StringIO(errors.content.decode("utf-8-sig"))))[1][0] == "4"

    assert client.post(run_page + "confirm/").status_code == 302
    importing = client.get(run_page).content.decode()
    assert "0 of 2 rows written" in importing and "<progress" in importing
    run_worker()
    done = client.get(run_page).content.decode()
    assert "2 added, 0 updated, 0 unchanged, 1 not imported." in done
    assert set(Member.objects.values_list("email", flat=True)) >= {"ana@example.net", "bruno@example.net"}
    assert bytes(ImportRun.objects.get().data) == b""  # the people's details do not stay in the upload
    assert client.post(run_page + "confirm/").status_code == 302  # a second confirm does nothing
    run_worker()
    assert Member.objects.filter(email="ana@example.net").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_workbook_is_refused_with_a_reason(client, secretary):
    run_page = upload(client, b"PK\x03\x04 not a csv", name="members.xlsx")["Location"]
    run_worker()
    assert "Save it as CSV" in client.get(run_page).content.decode()
    empty = upload(client, b"")
    assert empty.status_code == 200 and "The submitted file is empty" in empty.content.decode()


def test_only_those_who_may_change_members_can_import(client, demo_site):
    editor = get_user_model().objects.create_user(email="editor@example.org", password=None, is_staff=True)
    editors = Group.objects.get(name="Editors")
    editor.groups.add(editors)
    client.force_login(editor)
    refused = client.get("/admin/members/import/", follow=True)
    assert refused.redirect_chain[0][0] == "/admin/"
    assert "Sorry, you do not have permission" in refused.content.decode()
    client.logout()
    assert client.get("/admin/members/import/")["Location"].startswith("/admin/login/")


def test_filter_by_the_month_members_are_paid_up_to(client, secretary):
    member_import.apply(read_table(csv_bytes(HEADINGS, *GOOD_ROWS)))
    month = dt.datetime.strptime(NEXT_YEAR, "%d/%m/%Y").strftime("%Y-%m")
    listing = client.get("/admin/members/", {"expires_month": month}).content.decode()
    assert "Ana Peña" in listing and "Bruno Díaz" not in listing
    assert client.get("/admin/members/", {"expires_month": "1999-13"}).status_code == 200

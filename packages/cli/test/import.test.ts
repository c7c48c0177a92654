import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGoogleContacts } from "../src/import/google";
import { parseLinkedInConnections } from "../src/import/linkedin";
import {
  MAX_FILE_NAME_BYTES,
  linkedInProfileOf,
  normaliseLinkedInUrl,
  safeFileName,
  type ImportedPerson,
} from "../src/import/person";
import { parseVCards } from "../src/import/vcard";

// The throughput tests take about a second; a quadratic parser would take minutes. The wide
// timeout keeps them from failing on a busy CI machine without hiding that difference.
const SLOW_MACHINE_MS = 30_000;

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url), "utf8");

const byName = (people: readonly ImportedPerson[], name: string): ImportedPerson => {
  const person = people.find((p) => p.name === name);
  if (person === undefined)
    throw new Error(`no ${name} among ${people.map((p) => p.name).join(", ")}`);
  return person;
};

describe("parseLinkedInConnections", () => {
  describe("today's export (BOM, Notes preamble, hidden members)", () => {
    const result = parseLinkedInConnections(fixture("Connections.csv"));

    it("imports every visible connection with name, company, position and met date", () => {
      expect(result.people.map((p) => p.name)).toEqual([
        "Jane Doe",
        "José Núñez",
        "Priya Raman",
        "Zoë Lambert, PhD",
        "李雷",
        "Sam 🚀 O'Brien",
        "Alex Kim",
      ]);
      expect(byName(result.people, "Jane Doe")).toEqual({
        name: "Jane Doe",
        org: "Acme Corp",
        role: "Staff Engineer",
        emails: [],
        phones: [],
        linkedin: "https://www.linkedin.com/in/janedoe",
        met: "2023-02-08",
        source: "linkedin",
        line: 6,
      });
    });

    it("keeps commas and quotes inside quoted cells", () => {
      const priya = byName(result.people, "Priya Raman");
      expect(priya.org).toBe("Globex, Inc.");
      expect(priya.role).toBe("VP, Engineering");
      expect(byName(result.people, "Zoë Lambert, PhD").role).toBe('Research Fellow, "Cities" Lab');
      expect(byName(result.people, "José Núñez").org).toBe("Núñez & Hijos, S.L.");
    });

    it("keeps the email when the member shares it, and none otherwise", () => {
      expect(byName(result.people, "José Núñez").emails).toEqual(["jose.nunez@example.com"]);
      expect(byName(result.people, "Alex Kim").emails).toEqual(["alex.kim@example.org"]);
      expect(byName(result.people, "Priya Raman").emails).toEqual([]);
    });

    it("leaves out company and position when LinkedIn has none", () => {
      const sam = byName(result.people, "Sam 🚀 O'Brien");
      expect(sam).not.toHaveProperty("org");
      expect(sam).not.toHaveProperty("role");
    });

    it("reads Connected On, leap day included", () => {
      expect(byName(result.people, "Alex Kim").met).toBe("2024-02-29");
      expect(byName(result.people, "李雷").met).toBe("2024-09-05");
    });

    it("normalises profile URLs, percent-encoded ids included", () => {
      expect(byName(result.people, "José Núñez").linkedin).toBe(
        "https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez-4a1b2c3",
      );
    });

    it("skips members who hid their profile, with the file line and a reason", () => {
      expect(result.skipped).toHaveLength(2);
      expect(result.skipped.map((s) => s.line)).toEqual([8, 13]);
      expect(result.skipped[0]?.reason).toMatch(/no name or profile.*12 Jan 2020/u);
      expect(result.problems).toEqual([]);
    });
  });

  it("reads older exports without the preamble (CRLF line endings)", () => {
    const result = parseLinkedInConnections(fixture("Connections-old.csv"));
    expect(result.people.map((p) => [p.name, p.org, p.met, p.linkedin])).toEqual([
      ["Marta Kowalska", "Allegro", "2021-08-17", "https://www.linkedin.com/in/marta-kowalska"],
      ["Tom Becker", "Becker, Braun & Co", "2020-01-02", "https://www.linkedin.com/in/tombecker"],
    ]);
    expect(result.people[0]?.emails).toEqual(["marta@example.pl"]);
    expect(result.skipped).toEqual([
      { line: 4, reason: expect.stringContaining("no name") as string },
    ]);
  });

  // Excel in a German, French or Italian locale saves a CSV with semicolons.
  it("reads a file a spreadsheet saved with semicolons, after the Notes preamble", () => {
    const text =
      'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n' +
      'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n' +
      'Jane;Doe;https://www.linkedin.com/in/janedoe;;"Acme; Inc.";VP, Engineering;08 Feb 2023\r\n';
    const result = parseLinkedInConnections(text);
    expect(result.problems).toEqual([]);
    expect(result.people).toEqual([
      {
        name: "Jane Doe",
        org: "Acme; Inc.",
        role: "VP, Engineering",
        emails: [],
        phones: [],
        linkedin: "https://www.linkedin.com/in/janedoe",
        met: "2023-02-08",
        source: "linkedin",
        line: 5,
      },
    ]);
    const google = parseGoogleContacts(
      "First Name;Last Name;Organization Name;E-mail 1 - Value\nJosé;Núñez;Núñez, S.L.;jose@example.com ::: pepe@example.com\n",
    );
    expect(google.problems).toEqual([]);
    expect(google.people.map((p) => [p.name, p.org, p.emails])).toEqual([
      ["José Núñez", "Núñez, S.L.", ["jose@example.com", "pepe@example.com"]],
    ]);
  });

  it("reads the oldest exports, which have no URL column", () => {
    const result = parseLinkedInConnections(fixture("Connections-nourl.csv"));
    expect(result.people).toEqual([
      {
        name: "Ana Souza",
        org: "Nubank",
        role: "Product Designer",
        emails: ["ana.souza@example.com.br"],
        phones: [],
        met: "2018-05-21",
        source: "linkedin",
        line: 2,
      },
      {
        name: "Ravi Patel",
        org: "Tata Consultancy Services, Ltd.",
        role: "Consultant",
        emails: [],
        phones: [],
        met: "2017-10-09",
        source: "linkedin",
        line: 3,
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("reads dates a spreadsheet wrote back, and says how it read ambiguous ones", () => {
    const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    const us = parseLinkedInConnections(
      `${header}\nA,One,,,,,2/8/23\nB,Two,,,,,12/31/2022\nC,Three,,,,,8-Feb-23\n`,
    );
    expect(us.people.map((p) => p.met)).toEqual(["2023-02-08", "2022-12-31", "2023-02-08"]);
    expect(us.problems).toEqual([]);

    const european = parseLinkedInConnections(
      `${header}\nA,One,,,,,08/02/2023\nB,Two,,,,,31/12/2022\n`,
    );
    expect(european.people.map((p) => p.met)).toEqual(["2023-02-08", "2022-12-31"]);

    // Dots are how German, Polish, Russian… spreadsheets write a day first; the US never does.
    const dotted = parseLinkedInConnections(`${header}\nA,One,,,,,08.02.2023\nB,Two,,,,,02.08.23\n`);
    expect(dotted.people.map((p) => p.met)).toEqual(["2023-02-08", "2023-08-02"]);
    expect(dotted.problems).toEqual([]);

    const unclear = parseLinkedInConnections(`${header}\nA,One,,,,,02/08/2023\n`);
    expect(unclear.people[0]?.met).toBe("2023-02-08");
    expect(unclear.problems).toEqual([expect.stringContaining("month/day/year")]);
  });

  it("imports a person whose date or URL is unreadable, and says so", () => {
    const text =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
      "Jane,Doe,https://example.com/jane,,,,31 Feb 2023\n";
    const result = parseLinkedInConnections(text);
    expect(result.people).toEqual([
      { name: "Jane Doe", emails: [], phones: [], source: "linkedin", line: 2 },
    ]);
    expect(result.problems).toEqual([
      'line 2: URL "https://example.com/jane" is not a LinkedIn profile address (https://www.linkedin.com/in/…); Jane Doe is imported without it',
      'line 2: Connected On "31 Feb 2023" is not a date like "08 Feb 2023"; Jane Doe is imported without a met date',
    ]);
  });

  it("reports a file that is not a LinkedIn export instead of guessing", () => {
    const result = parseLinkedInConnections("Name,Email\nJane,jane@example.com\n");
    expect(result.people).toEqual([]);
    expect(result.problems[0]).toMatch(/First Name/u);
  });

  it("reports a quote never closed and keeps the rows before it", () => {
    const text =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
      "Jane,Doe,,,Acme,,08 Feb 2023\n" +
      'Tom,Becker,,,"Becker, Braun,,02 Jan 2020\n';
    const result = parseLinkedInConnections(text);
    expect(result.people.map((p) => p.name)).toEqual(["Jane Doe"]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^line 3: a quoted cell starting here is never closed/u),
    ]);
  });

  it(
    "is not quadratic: 20,000 connections parse in one go",
    () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) =>
          `First${String(i)},Last${String(i)},https://www.linkedin.com/in/member-${String(i)},,"Company ${String(i % 97)}, Inc.",Engineer,0${String((i % 9) + 1)} Feb 2023`,
      );
      const text = `\uFEFFNotes:\n"Some notes"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`;
      const result = parseLinkedInConnections(text);
      expect(result.people).toHaveLength(20_000);
      expect(result.people[19_999]).toMatchObject({ name: "First19999 Last19999", line: 20_004 });
    },
    SLOW_MACHINE_MS,
  );
});

describe("parseGoogleContacts", () => {
  describe("current layout", () => {
    const result = parseGoogleContacts(fixture("google-contacts.csv"));

    it("imports names, organisation, title and birthday", () => {
      expect(result.people.map((p) => p.name)).toEqual([
        "Jane Doe",
        "José Luis Núñez",
        "Globex Billing",
        "someone@example.net",
        "李雷",
        "+44 7700 900123",
        "Zoë Lambert",
      ]);
      const jane = byName(result.people, "Jane Doe");
      expect(jane).toMatchObject({
        org: "Acme Corp",
        role: "Staff Engineer",
        birthday: "1985-03-14",
        source: "google",
      });
    });

    it("collects every email and phone across columns and ::: cells, without duplicates", () => {
      const jane = byName(result.people, "Jane Doe");
      expect(jane.emails).toEqual(["jane@acme.example", "jane.doe@gmail.com"]);
      expect(jane.phones).toEqual(["+1 415-555-0100", "+1 415-555-0199"]);
    });

    it("takes the LinkedIn profile from a website", () => {
      expect(byName(result.people, "Jane Doe").linkedin).toBe(
        "https://www.linkedin.com/in/janedoe",
      );
    });

    it("keeps a birthday without a year as --MM-DD", () => {
      expect(byName(result.people, "José Luis Núñez").birthday).toBe("--07-04");
    });

    it("names a contact without a name after its organisation, else its email, else its phone", () => {
      expect(byName(result.people, "Globex Billing")).toMatchObject({
        org: "Globex Billing",
        emails: ["billing@globex.example"],
      });
      expect(byName(result.people, "someone@example.net").emails).toEqual(["someone@example.net"]);
      expect(byName(result.people, "+44 7700 900123").phones).toEqual(["+44 7700 900123"]);
    });

    it("writes Chinese names family name first, as Google shows them", () => {
      expect(byName(result.people, "李雷")).toMatchObject({ org: "腾讯", role: "产品经理" });
    });

    it("counts lines as an editor does, past multi-line notes and addresses", () => {
      expect(result.people.map((p) => p.line)).toEqual([2, 5, 7, 8, 10, 11, 12]);
      expect(result.skipped).toEqual([
        { line: 9, reason: "no name, organisation, email or phone" },
      ]);
    });

    it("imports a person whose birthday it cannot read, and says so", () => {
      expect(byName(result.people, "Zoë Lambert")).not.toHaveProperty("birthday");
      expect(result.problems).toEqual([
        'line 12: Birthday "14/03/1990" is not a date like "1985-03-14" or "--03-14"; Zoë Lambert is imported without a birthday',
      ]);
    });
  });

  describe("legacy layout", () => {
    const result = parseGoogleContacts(fixture("google-contacts-legacy.csv"));

    it("imports Name, Organization 1, emails, phones, birthday and LinkedIn", () => {
      expect(result.people).toEqual([
        {
          name: "Jane Doe",
          org: "Acme Corp",
          role: "Staff Engineer",
          emails: ["jane@acme.example", "jane.doe@gmail.com"],
          phones: ["+1 415-555-0100"],
          linkedin: "https://www.linkedin.com/in/janedoe",
          birthday: "1985-03-14",
          source: "google",
          line: 2,
        },
        {
          name: "Priya Raman",
          org: "Globex, Inc.",
          role: "VP, Engineering",
          emails: ["priya@globex.example"],
          phones: [],
          birthday: "--11-30",
          source: "google",
          line: 3,
        },
        {
          name: "noreply@example.org",
          emails: ["noreply@example.org"],
          phones: [],
          source: "google",
          line: 4,
        },
      ]);
      expect(result.skipped).toEqual([
        { line: 5, reason: "no name, organisation, email or phone" },
      ]);
      expect(result.problems).toEqual([]);
    });
  });

  it("reports an Outlook or unknown CSV instead of importing nothing silently", () => {
    const result = parseGoogleContacts("Title,E-mail Address,Company\nMr,a@b.c,Acme\n");
    expect(result.people).toEqual([]);
    expect(result.problems[0]).toMatch(/Google CSV/u);
  });
});

describe("parseVCards", () => {
  describe("Apple Contacts, vCard 3.0", () => {
    const result = parseVCards(fixture("contacts-v3.vcf"));

    it("imports each complete card, in order, numbered", () => {
      expect(result.people.map((p) => [p.line, p.name])).toEqual([
        [1, "Jane Doe"],
        [2, "José Luis Núñez"],
        [3, "Acme Corp"],
        [6, "李雷"],
      ]);
    });

    it("reads itemN groups, parameters, a photo and an omit-year birthday", () => {
      expect(byName(result.people, "Jane Doe")).toEqual({
        name: "Jane Doe",
        org: "Acme Corp",
        role: "Staff Engineer",
        emails: ["jane@acme.example", "jane.doe@example.com"],
        phones: ["+1 (415) 555-0100"],
        linkedin: "https://www.linkedin.com/in/janedoe",
        birthday: "--03-14",
        source: "vcard",
        line: 1,
      });
    });

    it("unfolds folded lines, unescapes \\, and reads a basic-format BDAY", () => {
      expect(byName(result.people, "José Luis Núñez")).toMatchObject({
        org: "Núñez & Hijos, S.L.",
        role: "Founder",
        birthday: "1985-03-14",
        emails: ["jose.nunez@example.com"],
        linkedin: "https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez-4a1b2c3",
      });
    });

    it("reports a card without a name and a card without END, and imports the rest", () => {
      expect(result.problems).toEqual([
        'card 4 (line 315): the card has no FN or N, so no name (it has nameless@example.com); add an FN line such as "FN:Jane Doe"; the card is not imported',
        "card 5 (line 320): BEGIN:VCARD has no END:VCARD before the next card; the card is not imported",
      ]);
      expect(result.skipped).toEqual([]);
    });
  });

  describe("vCard 4.0", () => {
    const result = parseVCards(fixture("contacts-v4.vcf"));

    it("imports people, puts the PREF=1 email first and strips tel: URIs", () => {
      expect(byName(result.people, "Zoë Lambert")).toEqual({
        name: "Zoë Lambert",
        org: "University of Somewhere",
        role: "Research Fellow",
        emails: ["zoe.lambert@uni.example", "zoe@example.com"],
        phones: ["+44-20-7946-0958"],
        linkedin: "https://www.linkedin.com/in/zoe-lambert-1a2b3c",
        birthday: "--03-14",
        source: "vcard",
        line: 1,
      });
      expect(byName(result.people, "Priya Raman")).toMatchObject({
        birthday: "1985-03-14",
        linkedin: "https://www.linkedin.com/in/priya-raman-0b1a2c",
        phones: ["+1-555-0100;ext=42"],
      });
    });

    it("names a card without FN from N, and unescapes its title", () => {
      expect(byName(result.people, "Sam O'Brien")).toMatchObject({
        role: "Head of Growth, EMEA",
        line: 4,
      });
    });

    it("skips contact groups and reports a birthday that is not a day", () => {
      expect(result.skipped).toEqual([
        { line: 3, reason: 'a contact group ("Book club"), not a person' },
      ]);
      expect(result.problems).toEqual([
        'card 4 (line 29): BDAY "circa 1990" is not a day such as 1985-03-14, 19850314 or --03-14; Sam O\'Brien is imported without a birthday',
      ]);
    });
  });

  it("reads Android's vCard 2.1: bare parameters and quoted-printable UTF-8 names", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E9=9B=B7;;;",
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4A=6F=73=C3=A9=20=4E=C3=BA=C3=B1=65=7A=20=4C=C3=B3=70=65=7A=20=",
      "=47=61=72=63=C3=AD=61",
      "TEL;CELL;PREF:+34 612 34 56 78",
      "EMAIL;HOME:jose@example.com",
      "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
      "/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8M",
      "",
      "END:VCARD",
      "",
    ].join("\r\n");
    const result = parseVCards(text);
    expect(result.people).toEqual([
      {
        name: "José Núñez López García",
        emails: ["jose@example.com"],
        phones: ["+34 612 34 56 78"],
        source: "vcard",
        line: 1,
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  // vCard 2.1 lets a parameter's value stand without its name (`TEL;CELL`), ENCODING's too.
  it("decodes quoted-printable given as a bare parameter, as older phones write it", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen",
      "FN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BCller",
      "ORG;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:B=E4ckerei M=FCller",
      "TITLE;QUOTED-PRINTABLE;CHARSET=UTF-8:Gesch=C3=A4ftsf=C3=BChrer=",
      "in Berlin",
      "END:VCARD",
      "",
    ].join("\r\n");
    const result = parseVCards(text);
    expect(result.people).toEqual([
      { name: "Jürgen Müller", org: "Bäckerei Müller", role: "Geschäftsführerin Berlin", emails: [], phones: [], source: "vcard", line: 1 },
    ]);
    expect(result.problems).toEqual([]);
  });

  // Unfolding removes the line break and the one space or tab after it, nothing more (RFC 6350 §3.2).
  it("handles LF or CR line endings, tab folding, lower-case keywords and iCloud groups", () => {
    const text =
      "begin:vcard\nversion:3.0\nfn:Jane\n\tDoe\nbday:--0229\nend:vcard\n" +
      "BEGIN:VCARD\rVERSION:3.0\rFN:Friends\rX-ADDRESSBOOKSERVER-KIND:group\rEND:VCARD\r";
    const result = parseVCards(text);
    expect(result.people).toEqual([
      { name: "JaneDoe", birthday: "--02-29", emails: [], phones: [], source: "vcard", line: 1 },
    ]);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'a contact group ("Friends"), not a person' },
    ]);
  });

  it("reports a line that is not a property and imports the card anyway", () => {
    const result = parseVCards(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nthis is not a property\r\nEND:VCARD\r\n",
    );
    expect(result.people.map((p) => p.name)).toEqual(["Jane Doe"]);
    expect(result.problems).toEqual([
      'card 1 (line 1): line 4 "this is not a property" is not a vCard property (NAME;PARAM=…:value); that line is ignored',
    ]);
  });

  it("imports the cards before a file cut short, and reports the last one", () => {
    const result = parseVCards(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Bec",
    );
    expect(result.people.map((p) => p.name)).toEqual(["Jane Doe"]);
    expect(result.problems).toEqual([
      "card 2 (line 5): BEGIN:VCARD has no END:VCARD (is the file cut short?); the card is not imported",
    ]);
  });

  it("reports a file with no cards", () => {
    expect(parseVCards("First Name,Last Name\nJane,Doe\n").problems).toEqual([
      'no "BEGIN:VCARD" line was found: this does not look like a vCard (.vcf) file',
    ]);
  });

  it(
    "skips large photos without slowing down",
    () => {
      const photo = "QUFB".repeat(1_000_000).replace(/(.{74})/gu, "$1\r\n ");
      const card = (i: number): string =>
        `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${String(i)}\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEND:VCARD\r\n`;
      const result = parseVCards(Array.from({ length: 3 }, (_, i) => card(i)).join(""));
      expect(result.people.map((p) => p.name)).toEqual(["Person 0", "Person 1", "Person 2"]);
      expect(result.problems).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});

describe("normaliseLinkedInUrl", () => {
  it.each([
    ["https://www.linkedin.com/in/janedoe", "https://www.linkedin.com/in/janedoe"],
    ["https://www.linkedin.com/in/janedoe/", "https://www.linkedin.com/in/janedoe"],
    ["http://linkedin.com/in/JaneDoe?trk=public_profile", "https://www.linkedin.com/in/janedoe"],
    [
      "https://uk.linkedin.com/in/jane-doe-1a2b3c#experience",
      "https://www.linkedin.com/in/jane-doe-1a2b3c",
    ],
    ["www.linkedin.com/in/janedoe/details/experience/", "https://www.linkedin.com/in/janedoe"],
    ["https://www.linkedin.com/in/jos%c3%a9", "https://www.linkedin.com/in/jos%C3%A9"],
    ["https://www.linkedin.com/in/josé", "https://www.linkedin.com/in/jos%C3%A9"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseLinkedInUrl(input)).toBe(expected);
  });

  it.each([
    "https://www.linkedin.com/company/acme",
    "https://example.com/in/jane",
    "https://www.linkedin.com/in/",
    "",
  ])("%s is not a profile", (input) => {
    expect(normaliseLinkedInUrl(input)).toBeUndefined();
  });
});

describe("linkedInProfileOf", () => {
  it.each([
    ["https://www.linkedin.com/in/JaneDoe/", "https://www.linkedin.com/in/janedoe"],
    ["janedoe", "https://www.linkedin.com/in/janedoe"],
    ["@janedoe", "https://www.linkedin.com/in/janedoe"],
    ["in/jane-doe-1a2b3c/", "https://www.linkedin.com/in/jane-doe-1a2b3c"],
    ["[Jane](https://www.linkedin.com/in/janedoe/)", "https://www.linkedin.com/in/janedoe"],
    ["<https://uk.linkedin.com/in/janedoe>", "https://www.linkedin.com/in/janedoe"],
    ["josé", "https://www.linkedin.com/in/jos%C3%A9"],
  ])("%s -> %s", (input, expected) => {
    expect(linkedInProfileOf(input)).toBe(expected);
  });

  it.each(["Jane Doe", "n/a", "https://www.linkedin.com/company/acme", "[Jane](https://example.com/jane)", "jd", ""])(
    "%s is not a profile",
    (input) => {
      expect(linkedInProfileOf(input)).toBeUndefined();
    },
  );
});

describe("safeFileName", () => {
  it.each([
    ["Jane Doe", "Jane Doe"],
    ["José Núñez", "José Núñez"],
    ["李雷", "李雷"],
    ["Zoë 🌻", "Zoë 🌻"],
    ["Sam 🚀 O'Brien", "Sam 🚀 O'Brien"],
    ["../etc/passwd", "etc-passwd"],
    ["..\\..\\Windows\\win.ini", "Windows-win.ini"],
    ["..", "Unnamed contact"],
    ["a/b", "a-b"],
    ["a\\b", "a-b"],
    ["a:b", "a-b"],
    ["Jane.", "Jane"],
    ["Jane Doe. . ", "Jane Doe"],
    [".hidden", "hidden"],
    ['Robert "Bob" Smith', "Robert 'Bob' Smith"],
    ["Who? <me> *star* |pipe|", "Who me star -pipe"],
    ["[[Jane]] #1 ^x", "Jane 1 x"],
    ["Jane\tDoe\nJr", "Jane Doe Jr"],
    ["Evil\u202Etxt.exe", "Evil txt.exe"],
    ["i<\u0301", "í"],
    ["CON", "CON_"],
    ["con", "con_"],
    ["Nul.txt", "Nul_.txt"],
    ["COM1", "COM1_"],
    ["LPT9", "LPT9_"],
    ["Connor", "Connor"],
    ["COM10", "COM10"],
    ["", "Unnamed contact"],
    ["   ", "Unnamed contact"],
    ["???", "Unnamed contact"],
  ])("%j -> %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("normalises to NFC, so macOS's decomposed names match", () => {
    expect(safeFileName("Jose\u0301")).toBe("José");
  });

  it("cuts very long names to the byte limit between whole characters", () => {
    const long = safeFileName("Maximilian ".repeat(30));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.startsWith("Maximilian Maximilian")).toBe(true);
    expect(long.endsWith(" ")).toBe(false);

    const family = "👨‍👩‍👧‍👦"; // one grapheme of 25 bytes
    const emoji = safeFileName(family.repeat(10));
    expect(emoji).toBe(family.repeat(4));

    const han = safeFileName("李".repeat(100)); // 3 bytes each
    expect(han).toBe("李".repeat(40));
  });

  it("always gives a safe, stable name (property)", () => {
    const reserved = /^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])\s*(\.|$)/iu;
    // Pieces that are hard for file names, mixed with plain text: separators, dots, device
    // names, controls, bidi overrides, combining accents, emoji sequences, lone surrogates.
    const piece = fc.oneof(
      fc.constantFrom(
        ..."<>:\"/\\|?*#^[] .\t\n\u0000\u001F\u007F\u202E\u200D\u0301\uD800\uDC00-_'",
      ),
      fc.constantFrom(
        "..",
        "CON",
        "nul",
        "COM1",
        "LPT¹",
        ".md",
        "Zoë",
        "李雷",
        "👨‍👩‍👧‍👦",
        "🚀",
        "e\u0301",
      ),
      fc.string({ maxLength: 5 }),
    );
    const name = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(name, (input) => {
        const safe = safeFileName(input);
        expect(safe.length).toBeGreaterThan(0);
        expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(safe).not.toMatch(/[<>:"/\\|?*#^[\]\p{Cc}\u202E]/u);
        expect(safe).not.toMatch(/^[\s.]|[\s.]$/u);
        expect(safe).not.toMatch(reserved);
        expect(safe).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u,
        );
        expect(safeFileName(safe)).toBe(safe);
      }),
      { numRuns: 300 },
    );
  });
});

// The vault the real-browser check shows: a handful of people on 25 Nov 2026 spread over
// Overdue, Today and Upcoming, with orgs, asks and next steps, so the screenshots show each kind
// of row. Frontmatter as Obsidian hands it over: dates as strings, links quoted.

/** The day the page's clock is fixed at (Playwright's `page.clock`), 09:00 local time. */
export const BROWSER_TODAY = { year: 2026, monthIndex: 10, day: 25, hour: 9 } as const;

export const JANE_PATH = "People/Jane Doe.md";

export const JANE = `---
type: contact
org: "[[Acme Corp]]"
role: Engineering Manager
cadence: monthly
last_contact: 2026-10-01
tags: [mentor]
---
# Jane Doe

## Interactions
- 2026-10-01 coffee: talked about the platform team

## Notes
Likes hiking.
`;

export const BROWSER_VAULT: Readonly<Record<string, string>> = {
  [JANE_PATH]: JANE,
  "People/Priya Patel.md": `---
type: contact
org: "[[Northwind]]"
cadence: quarterly
last_contact: 2026-09-15
---
# Priya Patel
`,
  "Asks/Priya referral.md": `---
type: ask
asked: "[[Priya Patel]]"
ask: referral
for: Staff Engineer role
org: "[[Northwind]]"
status: asked
asked_on: 2026-11-12
---
`,
  "People/Bob Lee.md": `---
type: person
role: Recruiter
cadence: every 2 weeks
last_contact: 2026-11-11
---
# Bob Lee
`,
  "People/Marco Rossi.md": `---
type: contact
org: "[[Globex]]"
met: 2026-11-23
---
# Marco Rossi
`,
  "People/Aisha Khan.md": `---
type: contact
org: "[[Acme Corp]]"
cadence: every 6 weeks
last_contact: 2026-11-02
next_step: Send the hiring plan
next_step_due: 2026-11-25
---
# Aisha Khan
`,
  "People/Cara Diaz.md": `---
type: contact
org: "[[Globex]]"
cadence: weekly
last_contact: 2026-11-20
---
# Cara Diaz
`,
  "People/Wei Chen.md": `---
type: contact
org: "[[Northwind]]"
cadence: monthly
last_contact: 2026-10-30
---
# Wei Chen
`,
  "People/Dan Park.md": `---
type: contact
cadence: quarterly
last_contact: 2026-11-01
---
# Dan Park
`,
  "Orgs/Acme Corp.md": "---\ntype: org\n---\n",
  "Orgs/Globex.md": "---\ntype: org\n---\n",
  "Orgs/Northwind.md": "---\ntype: org\n---\n",
  "Daily/2026-11-24.md": "# Tuesday\nNothing to do with people.\n",
};

import { describe, expect, it } from "vitest";
import { doneEdits, dueFollowUps, logInteractionEdit, parseDay, type FollowUp, type Network } from "@kith/core";
import { aContactNote, anAskNote, anInteractionNote, anUpdateNote, networkOf } from "./builders";

const TODAY = "2026-11-25";
const rowsOf = (network: Network, reason: string): FollowUp[] =>
  dueFollowUps(network, { today: TODAY, within: 7 }).filter((f) => f.reason === reason);

describe("doneEdits", () => {
  it("marks an ask thanked and a closed loop shared", () => {
    const { network } = networkOf([
      aContactNote({}, { path: "People/Jane Doe.md" }),
      anAskNote({ asked: "[[Jane Doe]]", status: "referred", asked_on: "2026-11-01", referred_on: "2026-11-20", thanked: false }, { path: "Asks/Referral.md" }),
      anAskNote({ asked: "[[Jane Doe]]", status: "hired", asked_on: "2026-06-01", referred_on: "2026-06-05", closed_on: "2026-11-20", thanked: true }, { path: "Asks/Old.md" }),
    ]);
    const rows = [...rowsOf(network, "thank"), ...rowsOf(network, "close-loop")];
    expect(rows).toHaveLength(2);
    expect(doneEdits(network, rows)).toEqual([
      { path: "Asks/Referral.md", set: { thanked: true } },
      { path: "Asks/Old.md", set: { outcomeShared: true } },
    ]);
  });

  it("adds the person to an update's told list, keeping the others as written", () => {
    const { network } = networkOf([
      aContactNote({ relationship: "mentor" }, { path: "People/Jane Doe.md" }),
      aContactNote({ relationship: "mentor" }, { path: "People/Sam Lee.md" }),
      anUpdateNote({ date: "2026-11-20", audience: ["mentor"], told: ["[[Sam Lee|Sam]]"] }, { path: "Updates/Talk.md" }),
    ]);
    const rows = rowsOf(network, "share-update");
    expect(rows.map((r) => r.contact)).toEqual(["Jane Doe"]);
    expect(doneEdits(network, rows)).toEqual([{ path: "Updates/Talk.md", set: {}, add: { told: ["[[Jane Doe]]"] } }]);
  });

  it("links the person by path when another note has their name, or as the host says", () => {
    const { network } = networkOf([
      aContactNote({ relationship: "peer" }, { path: "People/Alex Kim.md" }),
      aContactNote({ relationship: "client" }, { path: "Clients/Alex Kim.md" }),
      anUpdateNote({ date: "2026-11-20", audience: ["client"] }, { path: "Updates/Launch.md" }),
    ]);
    const rows = rowsOf(network, "share-update");
    expect(rows.map((r) => r.path)).toEqual(["Clients/Alex Kim.md"]);
    expect(doneEdits(network, rows)).toEqual([
      { path: "Updates/Launch.md", set: {}, add: { told: ["[[Clients/Alex Kim]]"] } },
    ]);
    expect(doneEdits(network, rows, (path, from) => `[[${path} from ${from}]]`)).toEqual([
      { path: "Updates/Launch.md", set: {}, add: { told: ["[[Clients/Alex Kim.md from Updates/Launch.md]]"] } },
    ]);
  });

  it("empties the contact's own next step but leaves an interaction's step to the log", () => {
    const { network } = networkOf([
      aContactNote({ next_step: "Send the deck", next_step_due: "2026-11-24" }, { path: "People/Jane Doe.md" }),
      aContactNote({}, { path: "People/Sam Lee.md" }),
      anInteractionNote({ date: "2026-11-18", with: "[[Sam Lee]]", next_step: "Call", next_step_due: "2026-11-25" }),
    ]);
    const rows = rowsOf(network, "next-step");
    expect(rows).toHaveLength(2);
    expect(doneEdits(network, rows)).toEqual([{ path: "People/Jane Doe.md", set: { nextStepDue: null } }]);
  });

  it("asks nothing more of cadence and new-contact rows: the log line settles them", () => {
    const { network } = networkOf([aContactNote({ cadence: "monthly", last_contact: "2026-10-01" })]);
    const rows = rowsOf(network, "cadence");
    expect(rows).toHaveLength(1);
    expect(doneEdits(network, rows)).toEqual([]);
    const log = logInteractionEdit(network, "People/Jane Doe.md", { date: parseDay(TODAY) ?? 0, kind: "call" });
    expect(log.ok && log.value.set.lastContact).toBe(TODAY);
  });
});

describe("ask follow-up", () => {
  it("waits another week after a nudge is logged", () => {
    const ask = anAskNote({ asked: "[[Jane Doe]]", status: "asked", asked_on: "2026-11-10" });
    const { network: before } = networkOf([aContactNote(), ask]);
    expect(rowsOf(before, "ask-follow-up").map((r) => r.due)).toEqual(["2026-11-17"]);
    const { network: after } = networkOf([aContactNote(), ask, anInteractionNote({ date: "2026-11-24", with: "[[Jane Doe]]", kind: "message" })]);
    expect(dueFollowUps(after, { today: TODAY, within: 30 }).filter((f) => f.reason === "ask-follow-up")).toMatchObject([
      { due: "2026-12-01", detail: expect.stringContaining("last nudged 24 Nov") as unknown },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { placeLine } from "./place-line";
import { localTime } from "./local-time";

describe("placeLine", () => {
  it("qualifies a province by its country once", () => {
    expect(placeLine({ name: "Muridke", district: "Sheikhupura", province: "Punjab (Pakistan)", administeredBy: "pakistan" })).toBe(
      "Muridke, Sheikhupura, Punjab, Pakistan",
    );
  });
  it("names who administers Kashmir in neutral terms", () => {
    expect(placeLine({ name: "Bilal mosque", district: "Muzaffarabad", province: "Azad Jammu and Kashmir", administeredBy: "pakistan" })).toBe(
      "Bilal mosque, Muzaffarabad, Azad Jammu and Kashmir, Pakistan-administered Kashmir",
    );
    expect(placeLine({ name: "Poonch", province: "Jammu and Kashmir", administeredBy: "india" })).toBe("Poonch, Jammu and Kashmir, Indian-administered Kashmir");
  });
  it("drops a name the line already gives", () => {
    expect(placeLine({ name: "Kotli", district: "Kotli", province: "Azad Jammu and Kashmir", administeredBy: "pakistan" })).toBe(
      "Kotli, Azad Jammu and Kashmir, Pakistan-administered Kashmir",
    );
    expect(placeLine({ name: "New Delhi", district: "New Delhi", province: "Delhi", administeredBy: "india" })).toBe("New Delhi, India");
    expect(placeLine({ name: "UN headquarters", province: "New York", administeredBy: "other" })).toBe("UN headquarters, New York");
  });
});

describe("localTime", () => {
  const zones = [
    { label: "IST", offset: "+05:30" },
    { label: "PKT", offset: "+05:00" },
  ];
  it("names the zone the dataset gives for the offset", () => {
    expect(localTime("01:05+05:30", zones)).toBe("01:05 IST (UTC+05:30)");
    expect(localTime("23:10+05:00", zones)).toBe("23:10 PKT (UTC+05:00)");
  });
  it("gives the offset alone for a zone the dataset does not name", () => {
    expect(localTime("12:00+00:00", zones)).toBe("12:00 (UTC+00:00)");
    expect(localTime("01:05+05:30")).toBe("01:05 (UTC+05:30)");
  });
});

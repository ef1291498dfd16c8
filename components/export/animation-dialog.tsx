"use client";
import { useEffect, useRef, useState } from "react";
import { ANIMATION_SIZES } from "@/lib/export/presets";
import { CLOSING_SECONDS, pickCodec, type VideoFormat } from "@/lib/export/video";

export interface AnimationChoice {
  format: VideoFormat;
  sizeId: string;
  secondsPerDay: number;
}

const SECONDS = [0.5, 1, 2, 3];

/** Format, size and pace of the animation; MP4 is offered only where the browser has an H.264 encoder. */
export function AnimationDialog({ days, cumulative, onExport, onClose }: { days: number; cumulative: boolean; onExport: (c: AnimationChoice) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<AnimationChoice>({ format: "mp4", sizeId: ANIMATION_SIZES[0]!.id, secondsPerDay: 1 });
  const [mp4, setMp4] = useState<boolean | null>(null);
  const size = ANIMATION_SIZES.find((s) => s.id === choice.sizeId)!;

  useEffect(() => dialog.current?.showModal(), []);
  useEffect(() => {
    let live = true;
    pickCodec("mp4", size.width, size.height).then(
      (codec) => live && setMp4(codec !== null),
      () => live && setMp4(false),
    );
    return () => {
      live = false;
    };
  }, [size.width, size.height]);
  const format = mp4 === false ? "webm" : choice.format;
  const total = days * choice.secondsPerDay + CLOSING_SECONDS;

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="animation-title" className="m-auto w-[min(92vw,440px)] rounded p-4 text-sm">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          dialog.current?.close();
          onExport({ ...choice, format });
        }}
        className="grid gap-3"
      >
        <h2 id="animation-title" className="font-bold">Export an animation</h2>
        <fieldset className="grid gap-1">
          <legend className="font-semibold">Format</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="format" checked={format === "mp4"} disabled={mp4 === false} onChange={() => setChoice({ ...choice, format: "mp4" })} />
            MP4 (H.264) — X, Instagram, most players
          </label>
          {mp4 === false && <p className="text-xs opacity-75">This browser has no H.264 encoder.</p>}
          <label className="flex items-center gap-2">
            <input type="radio" name="format" checked={format === "webm"} onChange={() => setChoice({ ...choice, format: "webm" })} />
            WebM (VP9) — web pages, open formats
          </label>
        </fieldset>
        <label className="grid gap-1">
          <span className="font-semibold">Size</span>
          <select value={choice.sizeId} onChange={(e) => setChoice({ ...choice, sizeId: e.target.value })} className="rounded border px-2 py-1">
            {ANIMATION_SIZES.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-semibold">Seconds per day</span>
          <select value={choice.secondsPerDay} onChange={(e) => setChoice({ ...choice, secondsPerDay: Number(e.target.value) })} className="rounded border px-2 py-1">
            {SECONDS.map((s) => (
              <option key={s} value={s}>{s} s</option>
            ))}
          </select>
        </label>
        <p className="text-xs opacity-80">
          {days} days{cumulative ? ", each adding to the earlier ones," : ""} then a closing frame of the whole period ({CLOSING_SECONDS} s): {total} s in all.
          Every frame states its own day, event count, legend and filters.
        </p>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border px-3 py-1">Cancel</button>
          <button type="submit" className="rounded border bg-current/10 px-3 py-1 font-semibold">Export {format === "mp4" ? "MP4" : "WebM"}</button>
        </div>
      </form>
    </dialog>
  );
}

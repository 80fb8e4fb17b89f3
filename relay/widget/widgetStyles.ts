/** The widget's own styles, inside its shadow root. Colours meet WCAG AA contrast. */
export const WIDGET_STYLES = `
:host { all: initial; }
* { box-sizing: border-box; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
button { cursor: pointer; border: 0; border-radius: 6px; padding: .45rem .8rem; background: #1f5f8b; color: #fff; }
button.secondary { background: #e6e9ee; color: #1d2430; }
button.small { font-size: .8rem; padding: .25rem .5rem; align-self: flex-start; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #f2b632; outline-offset: 2px; }
.launcher { position: fixed; right: 1.2rem; bottom: 1.2rem; z-index: 2147483000; border-radius: 999px; padding: .7rem 1.1rem; box-shadow: 0 4px 14px rgba(0,0,0,.2); display: flex; gap: .5rem; align-items: center; }
.dot { width: .6rem; height: .6rem; border-radius: 50%; background: #9aa3ad; }
.dot.on { background: #3ccf7a; }
.panel { position: fixed; right: 1.2rem; bottom: 4.6rem; z-index: 2147483000; width: min(22rem, calc(100vw - 2rem)); height: min(32rem, calc(100vh - 6rem)); display: flex; flex-direction: column; background: #fff; color: #1d2430; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden; overflow: clip; }
.panel[hidden], .invitation[hidden], [hidden] { display: none !important; }
header { display: flex; justify-content: space-between; align-items: center; background: #1f5f8b; color: #fff; padding: .5rem .8rem; }
h2 { margin: 0; font-size: 1rem; font-weight: 600; }
.close { background: transparent; font-size: 1.3rem; padding: 0 .3rem; }
.status, .queue, .typing, .notice { margin: 0; padding: .2rem .8rem; font-size: .85rem; color: #4a5563; }
.notice { color: #9b1c1c; }
.log { list-style: none; margin: 0; padding: .5rem .8rem; flex: 1; overflow-y: auto; display: flex; flex-direction: column; gap: .4rem; }
.log li { max-width: 85%; padding: .4rem .6rem; border-radius: 8px; background: #eef2f6; align-self: flex-start; white-space: pre-wrap; overflow-wrap: anywhere; }
.log li.customer { align-self: flex-end; background: #dcebf7; }
.log li.system { align-self: center; background: transparent; color: #4a5563; font-size: .85rem; }
.log img { display: block; max-width: 100%; margin-top: .3rem; border-radius: 4px; }
.who { display: block; font-size: .75rem; color: #4a5563; }
.pending { display: block; font-size: .75rem; color: #6b7480; }
.pending.failed { color: #9b1c1c; }
.compose { border-top: 1px solid #e2e6eb; padding: .5rem .8rem; display: flex; flex-direction: column; gap: .4rem; }
textarea, input { width: 100%; border: 1px solid #b7c0ca; border-radius: 6px; padding: .4rem; color: #1d2430; background: #fff; }
.row { display: flex; gap: .5rem; justify-content: space-between; align-items: center; }
/* the browser's own file picker is wider than the panel: it gives way, so "Skicka" stays whole and
   nothing in the panel can be scrolled sideways when the text box takes focus */
.file { width: auto; flex: 1 1 0; min-width: 0; border: 0; font-size: .8rem; }
.row > button { flex: none; }
.alternatives { padding: .5rem .8rem; display: flex; flex-direction: column; gap: .5rem; overflow-y: auto; }
.alt-form { display: flex; flex-direction: column; gap: .4rem; }
label span { display: block; font-size: .8rem; color: #4a5563; }
.invitation { position: fixed; right: 1.2rem; bottom: 4.6rem; z-index: 2147483000; width: min(18rem, calc(100vw - 2rem)); background: #fff; color: #1d2430; border-radius: 10px; padding: .8rem; box-shadow: 0 8px 30px rgba(0,0,0,.25); }
.invitation p { margin: 0 0 .6rem; }
`;

/**
 * The news pages' own styles (the layout's come from the web app's stylesheet) and the one
 * small script they use. Both are served from this module, so the pages need nothing inline
 * but the styles, and everything works without the script: it only adds 无障碍浏览 (remembered
 * in the same place as the web app's) and the copy-link button.
 */
export const NEWS_STYLES = `
.news-breadcrumb ol{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 16px;padding:0;list-style:none;font-size:14px}
.news-breadcrumb li+li::before{content:'>';margin:0 6px;color:#595959}
.news-layout h1{font-size:26px;line-height:1.4;margin:0 0 8px;color:#0c3d7d}
.news-tabs ul{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 16px;padding:0;list-style:none}
.news-tabs a{display:inline-block;padding:6px 16px;border:1px solid #1554a8;border-radius:4px;text-decoration:none}
.news-tabs a[aria-current='page']{background:#1554a8;color:#fff !important;font-weight:700}
.news-search{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:0 0 16px}
.news-search label{display:block;font-size:14px;margin-bottom:4px}
.news-search input{font:inherit;padding:6px 10px;border:1px solid #595959;border-radius:4px;min-width:260px}
.news-search button,.news-tool-button{font:inherit;padding:6px 18px;border:1px solid #1554a8;border-radius:4px;background:#1554a8;color:#fff;cursor:pointer}
.news-list{margin:0;padding:0;list-style:none}
.news-list li{display:flex;justify-content:space-between;gap:16px;padding:10px 0;border-bottom:1px dashed #c9ced6}
.news-list a{font-size:17px}
.news-list .news-list-meta{flex:none;color:#4a4a4a;font-size:14px;white-space:nowrap}
.news-list .news-channel{margin-right:8px;color:#b8151b}
.news-pagination ul{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:16px 0 0;padding:0;list-style:none}
.news-article h1{font-size:26px;line-height:1.45;text-align:center;color:#0c3d7d;margin:0}
.news-subtitle{text-align:center;font-size:17px;color:#333;margin:8px 0 0}
.news-meta{display:flex;flex-wrap:wrap;justify-content:center;gap:4px 24px;margin:16px 0;padding:10px 0;border-top:1px solid #e3e6ea;border-bottom:1px solid #e3e6ea;color:#4a4a4a;font-size:14px}
.news-meta div{display:flex;gap:4px}
.news-meta dt::after{content:'：'}
.news-meta dd{margin:0}
.news-body{font-size:17px;line-height:1.9}
.news-body p{text-indent:2em;margin:0 0 1em}
.news-body h2,.news-body h3,.news-body h4{color:#0c3d7d}
.news-body img,.news-cover img{max-width:100%;height:auto}
.news-body table{border-collapse:collapse}
.news-body th,.news-body td{border:1px solid #8c8c8c;padding:4px 8px}
.news-cover{margin:0 0 16px;text-align:center}
.news-section{margin-top:24px;padding-top:12px;border-top:1px solid #e3e6ea}
.news-section h2{font-size:17px;margin:0 0 8px}
.news-share p{margin:0;word-break:break-all}
.news-prev-next ul{margin:0;padding:0;list-style:none}
.news-prev-next li{padding:4px 0}
.news-channel-feed{font-size:14px}
html.a11y-mode .news-layout h1,html.a11y-mode .news-article h1,html.a11y-mode .news-body h2{color:#000}
html.a11y-mode .news-body{font-size:21px}
html.a11y-mode .news-list a{font-size:21px}
html.a11y-mode .news-meta,html.a11y-mode .news-list .news-list-meta,html.a11y-mode .news-subtitle{color:#000;font-size:19px}
html.a11y-mode .news-list .news-channel{color:#000;font-weight:700}
html.a11y-mode .news-tabs a{border:2px solid #000;color:#000}
html.a11y-mode .news-tabs a[aria-current='page']{background:#000;color:#fff !important}
html.a11y-mode .news-search button,html.a11y-mode .news-tool-button{background:#000;border-color:#000}
`;

export const NEWS_SCRIPT = `(function () {
  var KEY = 'tongcheng.accessible-mode';
  var root = document.documentElement;
  function stored() { try { return localStorage.getItem(KEY) === 'on'; } catch (e) { return false; } }
  root.classList.toggle('a11y-mode', stored());
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('[data-a11y-toggle]');
    if (toggle) {
      toggle.setAttribute('aria-pressed', String(stored()));
      toggle.parentElement.hidden = false;
      toggle.addEventListener('click', function () {
        var on = !root.classList.contains('a11y-mode');
        root.classList.toggle('a11y-mode', on);
        toggle.setAttribute('aria-pressed', String(on));
        try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (e) {}
      });
    }
    var copy = document.querySelector('[data-copy-link]');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(copy.getAttribute('data-copy-link')).then(function () {
          var status = document.querySelector('[data-copy-status]');
          if (status) status.textContent = copy.getAttribute('data-copied');
        });
      });
    }
  });
})();
`;

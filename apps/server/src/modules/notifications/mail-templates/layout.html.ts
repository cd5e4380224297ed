/**
 * The HTML part of every customer and account e-mail: one responsive, table-based layout with inline
 * styles (what mail clients keep), filled by Handlebars with escaping ON — `{{…}}` escapes, and the
 * template never uses `{{{…}}}`, so no user text can become markup. `lines` escapes each line and
 * keeps the line breaks. Change the look here; the words live in the *-mail texts.
 */
export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{subject}}</title>
<style>
@media (max-width: 620px) { .card { width: 100% !important; } .pad { padding: 20px 16px !important; } .fact-label, .fact-value { display: block !important; width: auto !important; } }
</style>
</head>
<body style="margin:0;padding:0;background:#eef1f5;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">{{preheader}}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="card" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background:#ffffff;border:1px solid #d9dfe7;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
<tr><td style="background:#1d4f91;color:#ffffff;padding:14px 32px;border-radius:8px 8px 0 0;font-size:14px;letter-spacing:0.2px;">{{brand}}{{#if ticketNumber}} &middot; <strong>{{ticketNumber}}</strong>{{/if}}</td></tr>
<tr><td class="pad" style="padding:28px 32px 8px;font-size:15px;line-height:1.55;">
<h1 style="margin:0 0 18px;font-size:20px;line-height:1.3;color:#102a43;">{{heading}}</h1>
<p style="margin:0 0 14px;">{{greeting}}</p>
{{#each blocks}}{{#if quote}}<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #1d4f91;background:#f3f7fc;color:#243b53;">{{lines quote}}</div>
{{else}}<p style="margin:0 0 14px;">{{lines text}}</p>
{{/if}}{{/each}}
{{#if facts.length}}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 20px;border-top:1px solid #e4e7eb;font-size:14px;">
{{#each facts}}<tr><td class="fact-label" width="38%" style="padding:8px 12px 8px 0;border-bottom:1px solid #e4e7eb;color:#52606d;vertical-align:top;">{{label}}</td><td class="fact-value" style="padding:8px 0;border-bottom:1px solid #e4e7eb;vertical-align:top;font-weight:bold;">{{value}}</td></tr>
{{/each}}</table>{{/if}}
{{#each actions}}<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 14px;"><tr><td style="border-radius:6px;background:{{#if @first}}#1d4f91{{else}}#ffffff{{/if}};border:1px solid #1d4f91;"><a href="{{url}}" target="_blank" style="display:inline-block;padding:11px 22px;font-size:15px;font-weight:bold;text-decoration:none;color:{{#if @first}}#ffffff{{else}}#1d4f91{{/if}};">{{label}}</a></td></tr></table>
{{/each}}
{{#each notes}}<p style="margin:0 0 10px;font-size:13px;color:#52606d;">{{lines this}}</p>
{{/each}}
<p style="margin:20px 0 20px;">{{lines signature}}</p>
</td></tr>
{{#if actions.length}}<tr><td style="padding:14px 32px;border-top:1px solid #e4e7eb;font-size:12px;line-height:1.5;color:#7b8794;">{{linkHint}}<br>{{#each actions}}<a href="{{url}}" style="color:#1d4f91;word-break:break-all;">{{url}}</a><br>{{/each}}</td></tr>{{/if}}
</table>
</td></tr>
</table>
</body>
</html>
`;

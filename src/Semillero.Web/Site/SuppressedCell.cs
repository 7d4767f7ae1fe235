using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using Semillero.Disclosure;

namespace Semillero.Web.Site;

// How every page shows a cell that is not published (docs/texts.md, suppressed cells): "<5" for a
// small cell, with "menos de 5" for screen readers, and "Reservado" for a cell withheld to protect
// one. The footer explains both on every page; downloads leave the cell empty and say so in a note.
public static class SuppressedCell
{
    public static string SmallMark { get; } = "<" + SmallCells.Threshold.ToString(CultureInfo.InvariantCulture);

    public static string Text(Suppression why) => why == Suppression.Small ? SmallMark : Texts.Current.StatesWithheld;

    public static IHtmlContent Html(Suppression why) => why == Suppression.Small
        ? new HtmlString($"<span class=\"suppressed\" aria-hidden=\"true\">{WebUtility.HtmlEncode(SmallMark)}</span><span class=\"visually-hidden\">{WebUtility.HtmlEncode(Texts.Current.SmallCellSpoken)}</span>")
        : new HtmlString($"<span class=\"withheld\">{WebUtility.HtmlEncode(Texts.Current.StatesWithheld)}</span>");

    // A number, or the mark when suppressed.
    public static IHtmlContent Html(string text, Suppression why) =>
        why == Suppression.None ? new HtmlString(WebUtility.HtmlEncode(text)) : Html(why);

    // The explanation, for notes under tables and in downloads: the footer's words.
    public static string Explanation(bool english) => (english ? Texts.En : Texts.Es).FooterSmallCells;
}

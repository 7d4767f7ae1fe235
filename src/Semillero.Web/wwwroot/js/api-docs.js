// /api/docs is Scalar's own page, whose <html> element carries no lang attribute. This names the
// language its interface was set to (data-lang on this script tag), so screen readers read the page
// in the right voice.
(function () {
    var script = document.currentScript;
    document.documentElement.lang = (script && script.getAttribute("data-lang")) || "en";
})();

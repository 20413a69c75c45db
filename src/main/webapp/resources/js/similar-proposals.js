// Progressive enhancement of the new-proposal form: while the author types a title, the proposals that
// share its words are listed in the form's live region (the "Look for similar proposals" button does the
// same without JavaScript). Reads the lookup address and texts from the region's data attributes.
(function () {
    'use strict';
    var region = document.querySelector('[data-similar-url]');
    var title = document.getElementById('proposal:title');
    var language = document.getElementById('proposal:language');
    if (!region || !title || !window.fetch) {
        return;
    }
    var timer = null;
    var asked = '';
    function show(hits) {
        region.textContent = '';
        var intro = document.createElement('p');
        intro.textContent = hits.length ? region.getAttribute('data-found') : region.getAttribute('data-none');
        region.appendChild(intro);
        if (!hits.length) {
            return;
        }
        var list = document.createElement('ul');
        list.className = 'plain-list';
        hits.forEach(function (hit) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = region.getAttribute('data-home') + hit.path;
            link.textContent = hit.title;
            link.lang = hit.language;
            item.appendChild(link);
            list.appendChild(item);
        });
        region.appendChild(list);
    }
    function look() {
        var words = title.value.trim();
        var lang = language ? language.value : document.documentElement.lang;
        if (words.length < 4 || words + '|' + lang === asked) {
            return;
        }
        asked = words + '|' + lang;
        fetch(region.getAttribute('data-similar-url') + '?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(words),
            {credentials: 'omit', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(show)
            .catch(function () { /* the button still works */ });
    }
    title.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(look, 400);
    });
    if (language) {
        language.addEventListener('change', look);
    }
}());

// "Copiar enlace": progressive enhancement for share links. A button marked data-copiar names the
// readonly field whose address it copies; it stays hidden without JavaScript or without the
// Clipboard API, and then the field (selected on focus) is copied by hand. What happened is
// written to the live region the button names (data-copiar-estado), so screen readers hear it.
(function () {
    'use strict';
    if (!navigator.clipboard || !window.isSecureContext) {
        return;
    }

    document.querySelectorAll('button[data-copiar]').forEach(function (button) {
        var input = document.getElementById(button.getAttribute('data-copiar'));
        var status = document.getElementById(button.getAttribute('data-copiar-estado'));
        if (!input || !status) {
            return;
        }

        button.hidden = false;
        button.addEventListener('click', function () {
            status.textContent = '';
            navigator.clipboard.writeText(input.value).then(function () {
                status.textContent = button.getAttribute('data-copiado');
            }, function () {
                // Refused (permissions, focus): leave the address selected to copy by hand.
                input.focus();
                input.select();
                status.textContent = button.getAttribute('data-no-copiado');
            });
        });
    });

    document.querySelectorAll('[data-seleccionar]').forEach(function (input) {
        input.addEventListener('focus', function () {
            input.select();
        });
    });
}());

// Copy buttons: <button data-copy="ID"> copies the text of the element with that id to the clipboard.
(() => {
  'use strict';
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy);
      const status = document.getElementById('copy-status');
      try {
        await navigator.clipboard.writeText(source.value ?? source.textContent);
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        source.select();
        if (status) status.textContent = 'Select-all done: press Ctrl+C to copy.';
      }
    });
  }
})();

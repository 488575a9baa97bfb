/**
 * "Use my location" on the find-my-area form: fills in the coordinates from the browser's
 * geolocation and submits. Without geolocation (or JavaScript) the button stays hidden.
 */
export function startLocate(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement) || !('geolocation' in navigator)) return;
  const button = form.querySelector<HTMLButtonElement>('.app-locate__button');
  const status = form.querySelector<HTMLElement>('.app-locate__status');
  const lat = form.querySelector<HTMLInputElement>('input[name="lat"]');
  const lon = form.querySelector<HTMLInputElement>('input[name="lon"]');
  if (button === null || status === null || lat === null || lon === null) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = status.dataset.locating ?? '';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        form.submit();
      },
      () => {
        button.disabled = false;
        status.textContent = status.dataset.failed ?? '';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

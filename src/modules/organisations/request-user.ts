/** The submitted form fields except the CSRF token, to re-render a form with what was typed. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name !== '_csrf' && typeof value === 'string') values[name] = value;
  }
  return values;
}

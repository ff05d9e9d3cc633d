import en from "./json/en.json"

/** The plugin's admin strings, merged into the dashboard's translations (react-i18next). English is complete. */
export default {
  en: { translation: en },
}

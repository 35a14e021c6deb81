/** Fields Zoho computes or owns: never offered for merging, never copied into a form. */
export const SYSTEM_FIELD =
  /^(id|Owner|Full_Name|Created_Time|Modified_Time|Created_By|Modified_By|Layout|Tag|\$.*)$/;

package org.casebook.kernel.crisis;

/** The handling marking of a case: Unclassified, or Sensitive But Unclassified. */
public enum Sensitivity {
    UNCLASSIFIED, SBU
}

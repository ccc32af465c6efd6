/** Language tools every feature uses: sentence boundaries (an Apache OpenNLP model), the word lists and calendar words. */
package org.crosscheck.text;

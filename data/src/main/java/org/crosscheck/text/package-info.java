/** Language tools every feature uses: sentence and token boundaries from Apache OpenNLP models. */
package org.crosscheck.text;

package archfixtures.rules;

import org.springframework.stereotype.Component;

/** Breaks PURE_RULES_HAVE_NO_SPRING: a screening policy that is a Spring bean. */
@Component
class FeverPolicy {

}
